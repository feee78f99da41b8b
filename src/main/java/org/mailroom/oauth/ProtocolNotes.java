package org.mailroom.oauth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mailroom.domain.Severity;
import org.mailroom.retirements.Retirement;
import org.mailroom.text.Text;

/** What the spec or Microsoft say about a choice of protocols and grant, said where it matters. */
public final class ProtocolNotes {

    public static final String POP3_NOT_SUPPORTED = "oauth.note.pop3NotSupported";
    public static final String EWS_RETIREMENT = "oauth.note.ewsRetirement";
    public static final String GRAPH_CLIENT_SECRET_ONLY = "oauth.note.graphClientSecretOnly";
    public static final String PASSWORD_GRANT_LIMITS = "oauth.note.passwordGrantLimits";
    public static final String PUBLIC_CLIENT_FLOWS = "oauth.note.publicClientFlows";
    public static final String APP_ONLY_MAILBOX_ACCESS = "oauth.note.appOnlyMailboxAccess";
    public static final String LIMIT_APP_ACCESS = "oauth.note.limitAppAccess";
    public static final String SMTP_AUTH = "oauth.note.smtpAuth";

    private ProtocolNotes() {
    }

    /** @param today from the caller's clock: the dated notes speak of a change in the past once it has happened */
    public static List<ProtocolNote> notesFor(Set<OAuthProtocol> protocols, GrantType grant, LocalDate today) {
        List<ProtocolNote> notes = new ArrayList<>();
        if (protocols.contains(OAuthProtocol.POP3)) {
            notes.add(note(Severity.WARNING, POP3_NOT_SUPPORTED));
        }
        if (protocols.contains(OAuthProtocol.EWS)) {
            int stage = Retirement.EWS_SHUT_DOWN.inEffectOn(today) ? 2 : Retirement.EWS_BLOCKED.inEffectOn(today) ? 1 : 0;
            notes.add(note(Severity.WARNING, EWS_RETIREMENT, stage, Retirement.EWS_BLOCKED.isoDate(),
                    Retirement.EWS_SHUT_DOWN.isoDate()));
        }
        if (protocols.contains(OAuthProtocol.GRAPH)) {
            // the same rule blocks the page through RegistrationRules.checkProtocols; here it is explained
            notes.add(note(grant == GrantType.CLIENT_CREDENTIALS ? Severity.WARNING : Severity.ERROR, GRAPH_CLIENT_SECRET_ONLY));
        }
        if (protocols.contains(OAuthProtocol.SMTP)) {
            Retirement offByDefault = Retirement.SMTP_BASIC_AUTH_OFF_BY_DEFAULT;
            notes.add(note(Severity.INFO, SMTP_AUTH, offByDefault.inEffectOn(today) ? 1 : 0, offByDefault.when()));
        }
        if (grant == GrantType.PASSWORD) {
            notes.add(note(Severity.WARNING, PASSWORD_GRANT_LIMITS));
            notes.add(note(Severity.INFO, PUBLIC_CLIENT_FLOWS));
        } else if (grant == GrantType.CLIENT_CREDENTIALS) {
            boolean mailProtocols = protocols.stream().anyMatch(p -> p != OAuthProtocol.GRAPH && p != OAuthProtocol.EWS);
            if (mailProtocols) {
                notes.add(note(Severity.INFO, APP_ONLY_MAILBOX_ACCESS));
            }
            if (protocols.contains(OAuthProtocol.EWS) || protocols.contains(OAuthProtocol.GRAPH)) {
                notes.add(note(Severity.INFO, LIMIT_APP_ACCESS));
            }
        }
        return List.copyOf(notes);
    }

    private static ProtocolNote note(Severity severity, String key, Object... arguments) {
        return new ProtocolNote(severity, key, Text.get(key, arguments));
    }
}
