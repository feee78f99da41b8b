package org.mailroom.mail.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mailroom.domain.Direction;
import org.mailroom.mail.ProbeStep;
import org.mailroom.text.Text;

/**
 * The Graph half of a test, after the token: inbound reads the Inbox ({@code totalItemCount} is the proof that
 * Mail.ReadWrite reaches this mailbox); outbound finds the mailbox and needs Mail.Send among the token's roles,
 * and sends a real message only when the admin asked, to the address the admin gave.
 */
final class GraphCheck {

    static final String MAIL_SEND = "Mail.Send";
    static final String MAIL_READ_WRITE = "Mail.ReadWrite";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiHttp http;
    private final CloudProbeRequest request;
    private final StepClock steps;
    private final String bearer;
    private final List<String> roles;

    GraphCheck(ApiHttp http, CloudProbeRequest request, StepClock steps, String accessToken, List<String> roles) {
        this.http = http;
        this.request = request;
        this.steps = steps;
        this.bearer = "Bearer " + accessToken;
        this.roles = roles;
    }

    Proof run() throws Exception {
        String user = "/v1.0/users/" + URLEncoder.encode(request.mailbox(), StandardCharsets.UTF_8).replace("+", "%20");
        if (request.direction() == Direction.INBOUND) {
            JsonNode inbox = get(user + "/mailFolders/inbox");
            if (!inbox.path("totalItemCount").canConvertToInt()) {
                throw new CloudExceptions.NotTheApi("totalItemCount");
            }
            String counted = Text.get("cloud.detail.graphInbox", inbox.path("totalItemCount").asInt(),
                    inbox.path("unreadItemCount").asInt());
            if (roles.contains("Mail.Read") && !roles.contains(MAIL_READ_WRITE)) {
                return new Proof(counted + "\n" + Text.get("cloud.detail.graphReadOnly"), true);
            }
            return new Proof(counted, false);
        }
        JsonNode found = get(user + "?$select=displayName,mail,userPrincipalName");
        String address = found.path("mail").asText(found.path("userPrincipalName").asText(request.mailbox()));
        if (!roles.contains(MAIL_SEND)) {
            throw new CloudExceptions.MissingRole(MAIL_SEND);
        }
        String proof = Text.get("cloud.detail.graphOutbound", found.path("displayName").asText(""), address);
        if (request.testRecipient() != null) {
            send(user + "/sendMail");
            proof += "\n" + Text.get("cloud.detail.graphSent", request.testRecipient());
        }
        return new Proof(proof, false);
    }

    private JsonNode get(String path) throws Exception {
        ApiAnswer answer = http.send(HttpRequest.newBuilder(uri(path)).GET().header("Authorization", bearer)
                .header("Accept", "application/json"), null, false);
        accepted(answer);
        try {
            JsonNode body = JSON.readTree(answer.body());
            if (body == null || !body.isObject()) {
                throw new CloudExceptions.NotTheApi("not a JSON object");
            }
            return body;
        } catch (IOException notJson) {
            throw new CloudExceptions.NotTheApi("not JSON");
        }
    }

    private void send(String path) throws Exception {
        ObjectNode message = JSON.createObjectNode();
        ObjectNode mail = message.putObject("message");
        mail.put("subject", Text.get("cloud.testMessage.subject"));
        mail.putObject("body").put("contentType", "Text").put("content", Text.get("cloud.testMessage.body", request.mailbox()));
        mail.putArray("toRecipients").addObject().putObject("emailAddress").put("address", request.testRecipient());
        message.put("saveToSentItems", false);
        String body = JSON.writeValueAsString(message);
        ApiAnswer answer = http.send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", bearer).header("Content-Type", "application/json"), body, false);
        if (!answer.ok()) {
            throw new CloudExceptions.Refused(answer);
        }
    }

    /** Anything but 401 means Graph took the token: the login step ends there, whatever the mailbox's answer. */
    private void accepted(ApiAnswer answer) throws CloudExceptions.Refused {
        if (answer.status() != 401 && answer.status() != 429) {
            steps.end(ProbeStep.AUTHENTICATION);
            steps.begin(ProbeStep.VERIFY);
        }
        if (!answer.ok()) {
            throw new CloudExceptions.Refused(answer);
        }
    }

    private URI uri(String path) {
        String base = request.endpoint().toString().replaceAll("/+$", "");
        return URI.create(base + path);
    }
}
