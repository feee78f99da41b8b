package org.mailroom.mail.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mailroom.mail.Failure;
import org.mailroom.mail.FailureKind;
import org.mailroom.mail.ProbeStep;
import org.mailroom.retirements.Retirement;
import org.mailroom.text.Text;

/**
 * Graph's and EWS's refusals (facts §8), each with its own action: 401 (a token Graph does not take: wrong audience,
 * expired), 403 in each of Graph's wordings (a missing application permission, an access policy or RBAC scope that
 * leaves the mailbox out), 404 (no such mailbox, or no Exchange Online licence), 429 (throttled past what the test
 * could wait), and for EWS on Exchange Online from {@link Retirement#EWS_BLOCKED} on: blocked, move to Graph.
 */
final class ApiRefusals {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ODATA_DISABLED = Pattern.compile("(?i)Access to OData is disabled");
    private static final Pattern CHECK_CREDENTIALS = Pattern.compile("(?i)Access is denied\\. Check credentials");
    private static final Pattern EXPIRED = Pattern.compile("(?i)expired|Lifetime validation failed");
    private static final Pattern AUDIENCE = Pattern.compile("(?i)audience");

    private final CloudProbeRequest request;
    private final LocalDate today;
    private final List<String> roles;
    private final String audience;
    private final CloudTranscript transcript;

    ApiRefusals(CloudProbeRequest request, LocalDate today, List<String> roles, String audience, CloudTranscript transcript) {
        this.request = request;
        this.today = today;
        this.roles = roles;
        this.audience = audience;
        this.transcript = transcript;
    }

    Failure classify(ApiAnswer answer) {
        int status = answer.status();
        String[] said = said(answer);
        String reason = Text.get("cloud.reason.http", request.api() == CloudApi.GRAPH ? "Graph" : "EWS", status,
                CloudFailures.cut((said[0] + " " + said[1]).strip()));
        boolean ews = request.api() == CloudApi.EWS;
        if (ews && request.exchangeOnline() && (status == 401 || status == 403) && Retirement.EWS_BLOCKED.inEffectOn(today)) {
            boolean shutDown = Retirement.EWS_SHUT_DOWN.inEffectOn(today);
            return failure(FailureKind.EWS_BLOCKED, ProbeStep.AUTHENTICATION, reason, Text.get("cloud.action.ews.blocked",
                    shutDown ? 1 : 0, Retirement.EWS_BLOCKED.isoDate(), Retirement.EWS_SHUT_DOWN.isoDate(), request.mailbox()));
        }
        return switch (status) {
            case 401 -> failure(FailureKind.AUTHENTICATION_FAILED, ProbeStep.AUTHENTICATION, reason, unauthorized(said[1]));
            case 403 -> failure(FailureKind.ACCESS_DENIED, ews ? ProbeStep.AUTHENTICATION : ProbeStep.VERIFY, reason, forbidden(said[1]));
            case 404 -> failure(FailureKind.MAILBOX_UNAVAILABLE, ProbeStep.VERIFY, reason, ews
                    ? Text.get("cloud.action.ews.notFound", request.endpoint()) : Text.get("cloud.action.graph.noMailbox", request.mailbox()));
            case 429 -> failure(FailureKind.THROTTLED, null, Text.get("cloud.reason.throttled", reason,
                    answer.retryAfterSeconds().isPresent() ? answer.retryAfterSeconds().getAsLong() : 0), Text.get("cloud.action.throttled"));
            default -> failure(FailureKind.SERVICE_ERROR, null, reason, Text.get("cloud.action.serviceError"));
        };
    }

    private String unauthorized(String message) {
        if (request.api() == CloudApi.EWS) {
            return request.exchangeOnline() ? Text.get("cloud.action.ews.tokenRefused") + " " + propagation()
                    : Text.get("cloud.action.ews.basicRefused", request.login());
        }
        if (EXPIRED.matcher(message).find()) {
            return Text.get("cloud.action.graph.tokenExpired");
        }
        String expected = request.registration().cloud().graphResource();
        if (AUDIENCE.matcher(message).find() || audience != null && !audience.toLowerCase(Locale.ROOT).startsWith(expected)
                && !audience.equals("00000003-0000-0000-c000-000000000000")) {
            return Text.get("cloud.action.graph.wrongAudience", audience == null ? "?" : audience, expected, request.endpoint());
        }
        return Text.get("cloud.action.graph.tokenRefused") + " " + propagation();
    }

    /** Graph's three 403s, told apart by their words and by what the token carries. */
    private String forbidden(String message) {
        if (request.api() == CloudApi.EWS) {
            return Text.get("cloud.action.ews.forbidden", request.mailbox()) + " " + propagation();
        }
        String needed = request.direction() == org.mailroom.domain.Direction.INBOUND ? GraphCheck.MAIL_READ_WRITE : GraphCheck.MAIL_SEND;
        boolean roleHeld = roles.contains(needed) || needed.equals(GraphCheck.MAIL_READ_WRITE) && roles.contains("Mail.Read");
        if (ODATA_DISABLED.matcher(message).find()) {
            return Text.get("cloud.action.graph.policyExcludes", request.mailbox()) + " " + propagation();
        }
        if (!roleHeld && !roles.isEmpty() || CHECK_CREDENTIALS.matcher(message).find() && roles.isEmpty()) {
            return Text.get("cloud.action.graph.missingPermission", needed) + " " + propagation();
        }
        return Text.get("cloud.action.graph.outsideScope", request.mailbox(), needed) + " " + propagation();
    }

    private String propagation() {
        return Text.get("cloud.action.propagation");
    }

    /** Graph's {"error":{"code","message"}}, or EWS's SOAP fault text; empty when the body says nothing readable. */
    private static String[] said(ApiAnswer answer) {
        try {
            JsonNode error = JSON.readTree(answer.body()).path("error");
            if (error.isObject()) {
                return new String[] {error.path("code").asText(""), error.path("message").asText("")};
            }
        } catch (Exception notJson) {
            // EWS and proxies answer with XML or HTML
        }
        try {
            org.w3c.dom.Element root = EwsXml.parse(answer.body());
            String code = EwsXml.text(root, "ResponseCode");
            String text = EwsXml.text(root, "faultstring");
            return new String[] {code == null ? "" : code, text == null ? "" : text};
        } catch (CloudExceptions.NotTheApi notXml) {
            return new String[] {"", ""};
        }
    }

    private Failure failure(FailureKind kind, ProbeStep step, String reason, String action) {
        return new Failure(kind, step, transcript.mask(reason), transcript.mask(action));
    }
}
