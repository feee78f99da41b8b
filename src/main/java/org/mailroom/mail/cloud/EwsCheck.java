package org.mailroom.mail.cloud;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.mailroom.mail.ProbeStep;
import org.mailroom.text.Text;
import org.w3c.dom.Element;

/**
 * The EWS half of a test, after the sign-in: {@code GetFolder} on the mailbox's Inbox, or for a folder path each
 * level found with {@code FindFolder} below the one before; the folder's {@code TotalCount} is the proof.
 */
final class EwsCheck {

    private static final String ENVELOPE = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\""
            + " xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\">\n"
            + "<soap:Header><t:RequestServerVersion Version=\"Exchange2013_SP1\"/></soap:Header>\n"
            + "<soap:Body>%s</soap:Body>\n</soap:Envelope>";

    private final ApiHttp http;
    private final CloudProbeRequest request;
    private final StepClock steps;
    private final String authorization;

    /** @param accessToken the token for Exchange Online, or null: then the login and password (basic, on-premises) */
    EwsCheck(ApiHttp http, CloudProbeRequest request, StepClock steps, String accessToken) {
        this.http = http;
        this.request = request;
        this.steps = steps;
        this.authorization = accessToken != null ? "Bearer " + accessToken : basic(request);
    }

    /** On-premises EWS with the login's password; the header itself never reaches the transcript. */
    private static String basic(CloudProbeRequest request) {
        char[] password = request.secret();
        try {
            return "Basic " + Base64.getEncoder().encodeToString((request.login() + ":" + new String(password))
                    .getBytes(StandardCharsets.UTF_8));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    Proof run() throws Exception {
        List<String> path = request.folderPath().isEmpty() ? List.of()
                : List.of(request.folderPath().replace('\\', '/').replaceAll("^/+|/+$", "").split("/+"));
        Element folder;
        if (path.isEmpty()) {
            folder = folder(call("<m:GetFolder><m:FolderShape><t:BaseShape>Default</t:BaseShape></m:FolderShape><m:FolderIds>"
                    + distinguished("inbox") + "</m:FolderIds></m:GetFolder>"), "");
        } else {
            String parent = distinguished("msgfolderroot");
            folder = null;
            StringBuilder walked = new StringBuilder();
            for (String level : path) {
                walked.append(walked.length() == 0 ? "" : "/").append(level);
                folder = folder(call("<m:FindFolder Traversal=\"Shallow\"><m:FolderShape><t:BaseShape>Default</t:BaseShape>"
                        + "</m:FolderShape><m:Restriction><t:IsEqualTo><t:FieldURI FieldURI=\"folder:DisplayName\"/>"
                        + "<t:FieldURIOrConstant><t:Constant Value=\"" + EwsXml.escape(level) + "\"/></t:FieldURIOrConstant>"
                        + "</t:IsEqualTo></m:Restriction><m:ParentFolderIds>" + parent + "</m:ParentFolderIds></m:FindFolder>"),
                        walked.toString());
                Element id = EwsXml.first(folder, "FolderId");
                parent = "<t:FolderId Id=\"" + EwsXml.escape(id == null ? "" : id.getAttribute("Id")) + "\"/>";
            }
        }
        String count = EwsXml.text(folder, "TotalCount");
        if (count == null || !count.matches("\\d+")) {
            throw new CloudExceptions.NotTheApi("TotalCount");
        }
        String name = EwsXml.text(folder, "DisplayName");
        return new Proof(Text.get("cloud.detail.ewsFolder", name == null ? "Inbox" : name, Integer.parseInt(count)), false);
    }

    private String distinguished(String id) {
        return "<t:DistinguishedFolderId Id=\"" + id + "\"><t:Mailbox><t:EmailAddress>" + EwsXml.escape(request.mailbox())
                + "</t:EmailAddress></t:Mailbox></t:DistinguishedFolderId>";
    }

    /** Sends one operation; a refusal of the sign-in (401, 403) or a SOAP fault throws, as does an error response code. */
    private Element call(String operation) throws Exception {
        String body = ENVELOPE.formatted(operation);
        ApiAnswer answer = http.sendReadOnly(HttpRequest.newBuilder(request.endpoint())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", authorization)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("X-AnchorMailbox", request.mailbox()), body);
        if (answer.status() != 401 && answer.status() != 403 && answer.status() != 429) {
            steps.end(ProbeStep.AUTHENTICATION);
            steps.begin(ProbeStep.VERIFY);
        }
        if (!answer.ok() && answer.status() != 500) {
            throw new CloudExceptions.Refused(answer);
        }
        Element root = EwsXml.parse(answer.body());
        if (!"Envelope".equals(root.getLocalName())) {
            throw new CloudExceptions.NotTheApi("not SOAP"); // a proxy's sign-in page, another service on the URL
        }
        Element message = EwsXml.first(root, "ResponseCode");
        String code = message == null ? null : message.getTextContent().strip();
        if (code != null && !code.equals("NoError")) {
            String text = EwsXml.text(root, "MessageText");
            throw new CloudExceptions.EwsError(code, text == null ? "" : text);
        }
        if (!answer.ok()) {
            throw new CloudExceptions.Refused(answer); // a SOAP fault without a response code
        }
        return root;
    }

    /** The folder of a GetFolder or FindFolder answer; none found on a path level is that level missing. */
    private static Element folder(Element answer, String walked) throws CloudExceptions.EwsError {
        Element folder = EwsXml.first(answer, "Folder");
        if (folder == null) {
            throw new CloudExceptions.EwsError("ErrorFolderNotFound", walked);
        }
        return folder;
    }
}
