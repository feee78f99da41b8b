package org.mailroom.mail.cloud;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.mailroom.mail.Failure;
import org.mailroom.mail.FailureKind;
import org.mailroom.mail.ProbeExceptions;
import org.mailroom.mail.ProbeStep;
import org.mailroom.text.Text;

/**
 * Names the cause of a failed Graph or EWS test with the admin's action (facts §8): what the API answered
 * (status, Graph's error code and message, EWS's response code), what the token carries, today's date against
 * the EWS retirement, and what the connection threw. Library messages never become the reason; a server's
 * own words do, masked and cut short.
 */
final class CloudFailures {

    private static final Pattern OLD_TLS = Pattern.compile(
            "(?i)protocol_version|No appropriate protocol|not accepted by client preferences|protocol is disabled");
    private static final Set<String> NO_MAILBOX = Set.of("ErrorNonExistentMailbox", "ErrorInvalidSmtpAddress",
            "ErrorMailRecipientNotFound", "ErrorInvalidUser", "ResourceNotFound", "MailboxNotEnabledForRESTAPI");
    private static final Set<String> EWS_DENIED = Set.of("ErrorAccessDenied", "ErrorImpersonateUserDenied",
            "ErrorImpersonationDenied", "ErrorNotDelegate");

    private final CloudProbeRequest request;
    private final LocalDate today;
    private final List<String> roles;
    private final String audience;
    private final CloudTranscript transcript;

    CloudFailures(CloudProbeRequest request, LocalDate today, List<String> roles, String audience, CloudTranscript transcript) {
        this.request = request;
        this.today = today;
        this.roles = roles;
        this.audience = audience;
        this.transcript = transcript;
    }

    Failure classify(Throwable error, ProbeStep reached) {
        if (error instanceof CloudExceptions.Cancelled) {
            return failure(FailureKind.CANCELLED, reached, Text.get("cloud.reason.cancelled"), FailureKind.CANCELLED.action());
        }
        if (error instanceof CloudExceptions.Deadline deadline) {
            return failure(FailureKind.TIMEOUT, reached, deadline.getMessage(), Text.get("probe.action.deadline"));
        }
        if (error instanceof CloudExceptions.NoToken noToken) {
            return noToken(noToken);
        }
        if (error instanceof CloudExceptions.Refused refused) {
            return new ApiRefusals(request, today, roles, audience, transcript).classify(refused.answer());
        }
        if (error instanceof CloudExceptions.EwsError ews) {
            return ewsError(ews);
        }
        if (error instanceof CloudExceptions.MissingRole missing) {
            return failure(FailureKind.ACCESS_DENIED, ProbeStep.VERIFY, Text.get("cloud.reason.missingRole", missing.getMessage(),
                    roles.isEmpty() ? Text.get("cloud.reason.noRoles") : String.join(", ", roles)),
                    Text.get("cloud.action.graph.missingPermission", missing.getMessage()) + " " + propagation());
        }
        if (error instanceof CloudExceptions.NotTheApi) {
            return failure(FailureKind.SERVICE_ERROR, ProbeStep.VERIFY, Text.get("cloud.reason.notTheApi." + api(), request.endpoint()),
                    Text.get("cloud.action.notTheApi." + api()));
        }
        return transport(error, reached, request.endpoint().getHost());
    }

    /** A token refused by the identity provider, or the way to it broken (then it is named like a server's). */
    private Failure noToken(CloudExceptions.NoToken noToken) {
        if (noToken.transport() != null) {
            Failure broken = transport(noToken.transport(), ProbeStep.TOKEN, null);
            if (broken.kind() != FailureKind.UNEXPECTED && broken.kind() != FailureKind.NETWORK) {
                return broken;
            }
        }
        String code = noToken.failure().code();
        String detail = noToken.failure().detail();
        String action = noToken.failure().action();
        if (code.equals("AADSTS65001")) {
            action += " " + propagation();
        }
        return failure(FailureKind.TOKEN_REFUSED, ProbeStep.TOKEN,
                detail.isBlank() ? Text.get("cloud.reason.noToken", code) : Text.get("cloud.reason.noTokenDetail", code, detail), action);
    }

    private Failure ewsError(CloudExceptions.EwsError ews) {
        String reason = Text.get("cloud.reason.ews", ews.code(), cut(ews.text()));
        if (ews.code().equals("ErrorFolderNotFound")) {
            return failure(FailureKind.MAILBOX_UNAVAILABLE, ProbeStep.VERIFY, reason,
                    Text.get("cloud.action.ews.folderNotFound", request.folderPath().isEmpty() ? "Inbox" : request.folderPath()));
        }
        if (NO_MAILBOX.contains(ews.code())) {
            return failure(FailureKind.MAILBOX_UNAVAILABLE, ProbeStep.VERIFY, reason, Text.get("cloud.action.ews.noMailbox", request.mailbox()));
        }
        if (EWS_DENIED.contains(ews.code())) {
            return failure(FailureKind.ACCESS_DENIED, ProbeStep.VERIFY, reason,
                    Text.get("cloud.action.ews.denied", request.login(), request.mailbox()) + " " + propagation());
        }
        if (ews.code().equals("ErrorServerBusy")) {
            return failure(FailureKind.THROTTLED, ProbeStep.VERIFY, reason, Text.get("cloud.action.throttled"));
        }
        return failure(FailureKind.SERVICE_ERROR, ProbeStep.VERIFY, reason, Text.get("cloud.action.serviceError"));
    }

    /** What the connection threw: certificate, name, refusal, timeout, TLS versions, a broken connection. */
    Failure transport(Throwable error, ProbeStep reached, String apiHost) {
        List<Throwable> chain = chain(error);
        String where = reached == ProbeStep.TOKEN ? Text.get("cloud.reason.identityProvider") : apiHost;
        Optional<ProbeExceptions.CertificateDatesException> dates = first(chain, ProbeExceptions.CertificateDatesException.class);
        if (dates.isPresent()) {
            FailureKind kind = dates.get().expired() ? FailureKind.CERTIFICATE_EXPIRED : FailureKind.CERTIFICATE_NOT_YET_VALID;
            return failure(kind, tlsStep(reached), dates.get().getMessage(), kind.action());
        }
        Optional<ProbeExceptions.PinMismatchException> pin = first(chain, ProbeExceptions.PinMismatchException.class);
        if (pin.isPresent()) {
            return failure(FailureKind.PIN_MISMATCH, tlsStep(reached), pin.get().getMessage(), FailureKind.PIN_MISMATCH.action());
        }
        FailureKind kind = first(chain, ProbeExceptions.UntrustedCertificateException.class).isPresent() ? FailureKind.UNTRUSTED_CERTIFICATE
                : first(chain, ProbeExceptions.HostNameMismatchException.class).isPresent() ? FailureKind.HOST_NAME_MISMATCH
                : first(chain, UnknownHostException.class).isPresent() ? FailureKind.DNS
                : first(chain, HttpConnectTimeoutException.class).isPresent() ? FailureKind.TIMEOUT
                : first(chain, ConnectException.class).isPresent() ? FailureKind.REFUSED
                : first(chain, HttpTimeoutException.class).isPresent() ? FailureKind.TIMEOUT
                : first(chain, SSLException.class).isPresent() ? (mentions(chain, OLD_TLS) ? FailureKind.OLD_TLS : FailureKind.TLS_HANDSHAKE)
                : first(chain, IOException.class).isPresent() ? FailureKind.NETWORK
                : FailureKind.UNEXPECTED;
        ProbeStep step = switch (kind) {
            case UNTRUSTED_CERTIFICATE, HOST_NAME_MISMATCH, OLD_TLS, TLS_HANDSHAKE, REFUSED -> tlsStep(reached);
            case DNS -> reached == ProbeStep.TOKEN ? ProbeStep.TOKEN : ProbeStep.DNS;
            default -> reached;
        };
        String action = switch (kind) {
            case REFUSED, TLS_HANDSHAKE, TIMEOUT -> Text.get("cloud.action.transport." + api());
            // no server entry to pin it to, and E-mail Server checks the certificate with its own trust store anyway
            case UNTRUSTED_CERTIFICATE -> Text.get("cloud.action.untrusted." + (reached == ProbeStep.TOKEN ? "identity" : api()), where);
            default -> kind.action();
        };
        return failure(kind, step, Text.get("cloud.reason.transport", kind.label(), where == null ? "" : where), action);
    }

    /** The TLS step of the API, or the token step when it was the identity provider's handshake. */
    private static ProbeStep tlsStep(ProbeStep reached) {
        return reached == ProbeStep.TOKEN ? ProbeStep.TOKEN : ProbeStep.TLS;
    }

    String propagation() {
        return Text.get("cloud.action.propagation");
    }

    private String api() {
        return request.api() == CloudApi.GRAPH ? "graph" : "ews";
    }

    private Failure failure(FailureKind kind, ProbeStep step, String reason, String action) {
        return new Failure(kind, step, transcript.mask(reason), transcript.mask(action));
    }

    static String cut(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return line.length() > 300 ? line.substring(0, 300) + " …" : line;
    }

    private static List<Throwable> chain(Throwable error) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static <T extends Throwable> Optional<T> first(List<Throwable> chain, Class<T> type) {
        return chain.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    private static boolean mentions(List<Throwable> chain, Pattern pattern) {
        return chain.stream().map(Throwable::getMessage).anyMatch(m -> m != null && pattern.matcher(m).find());
    }
}
