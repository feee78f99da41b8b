package org.mailroom.check;

import static org.mailroom.domain.ConnectionSecurity.SSL_TLS;
import static org.mailroom.domain.ConnectionSecurity.STARTTLS;

import java.util.EnumSet;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.mail.StepStatus;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.StoredRegistration;

/**
 * A large workspace with many findings per mailbox, for {@link LargeWorkspaceCheckTest} and the JMH
 * {@code org.mailroom.bench.CheckBenchmark}: a third untested, some failed, some unassigned, shared logins,
 * OAuth links.
 */
public final class LargeWorkspace {

    public static final int MAILBOXES = 10_000;

    private LargeWorkspace() {
    }

    /** The check's input for {@code mailboxes} mailboxes (at least those of {@link TestWorkspace#clean()}). */
    public static CheckInput input(int mailboxes) {
        return build(mailboxes).input();
    }

    /** The check as of the workspaces' date, March 2026. */
    public static ConfigurationCheck check() {
        return new ConfigurationCheck(TestWorkspace.MARCH_2026);
    }

    static TestWorkspace build(int mailboxes) {
        TestWorkspace w = TestWorkspace.clean();
        MailServer[] servers = new MailServer[50];
        for (int i = 0; i < servers.length; i++) {
            servers[i] = w.server("mail" + i + ".contoso.com", i % 2 == 0 ? 993 : 143, Protocol.IMAP, i % 2 == 0 ? SSL_TLS : STARTTLS);
        }
        DigitalApplication paused = w.application("Paused", false);
        StoredRegistration smtpOnly = w.registration(TestWorkspace.registration(GrantType.PASSWORD, EnumSet.of(OAuthProtocol.SMTP)));
        for (int i = 0; w.mailboxes.size() < mailboxes; i++) {
            InboundMailbox box = w.inbound("box" + i, "box" + (i % 7_000) + "@contoso.com", i % 10 == 0 ? w.imap : servers[i % 50]);
            switch (i % 6) {
                case 0 -> w.untested(box);
                case 1 -> w.test(box, StepStatus.FAILED, "Login refused");
                case 2 -> w.unassign(box);
                case 3 -> w.assign(box, paused);
                case 4 -> w.link(box, smtpOnly, false);
                default -> { }
            }
            if (i % 20 == 0) {
                w.fromAddress("agent" + i + (i % 40 == 0 ? "@fabrikam.com" : "@contoso.com"));
            }
        }
        return w;
    }
}
