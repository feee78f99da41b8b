package org.mailroom.store;

import static org.mailroom.domain.ConnectionSecurity.SSL_TLS;
import static org.mailroom.domain.ConnectionSecurity.STARTTLS;
import static org.mailroom.domain.Protocol.IMAP;
import static org.mailroom.domain.Protocol.POP3;
import static org.mailroom.domain.Protocol.SMTP;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Direction;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.WorkspaceRules;

/** The "Load sample mailboxes" set: a small contact center on Exchange Online and one on-premises server. */
public final class SampleWorkspace {

    private final MailServerStore servers;
    private final MailboxStore mailboxes;

    public SampleWorkspace(MailServerStore servers, MailboxStore mailboxes) {
        this.servers = servers;
        this.mailboxes = mailboxes;
    }

    /** Adds the sample mailboxes whose names are free (and the outbound one if there is none yet). */
    public List<Mailbox> load() {
        MailServer imap = server("outlook.office365.com", 993, IMAP, SSL_TLS);
        MailServer pop3 = server("outlook.office365.com", 995, POP3, SSL_TLS);
        MailServer smtp = server("smtp.office365.com", 587, SMTP, STARTTLS);
        MailServer onPremises = server("mail.fabrikam.com", 993, IMAP, SSL_TLS);

        List<Mailbox> samples = List.of(
                OutboundMailbox.draft("support@contoso.com", "smtp-relay@contoso.com", smtp),
                InboundMailbox.draft("support@contoso.com", 10, "support@contoso.com", imap),
                InboundMailbox.draft("sales@contoso.com", 5, "sales@contoso.com", imap),
                InboundMailbox.draft("billing@contoso.com", 20, "billing@contoso.com", imap),
                InboundMailbox.draft("returns_eu", 10, "returns.eu@contoso.com", imap),
                InboundMailbox.draft("claims.intake", 20, "claims@contoso.com", pop3),
                InboundMailbox.draft("vip@contoso.com", 15, "vip@contoso.com", imap),
                InboundMailbox.draft("helpdesk@fabrikam.com", 5, "FABRIKAM.helpdesk", onPremises));
        return mailboxes.addAll(withoutConflicts(samples, mailboxes.findAll()));
    }

    private static List<Mailbox> withoutConflicts(List<Mailbox> samples, List<Mailbox> existing) {
        Set<String> taken = existing.stream().map(m -> WorkspaceRules.nameKey(m.name())).collect(Collectors.toSet());
        boolean hasOutbound = existing.stream().anyMatch(m -> m.direction() == Direction.OUTBOUND);
        List<Mailbox> free = new ArrayList<>();
        for (Mailbox sample : samples) {
            boolean blocked = sample.direction() == Direction.OUTBOUND ? hasOutbound : taken.contains(WorkspaceRules.nameKey(sample.name()));
            if (!blocked) {
                free.add(sample);
            }
        }
        return free;
    }

    /** The stored entry for this endpoint, added first when the workspace does not have it. */
    private MailServer server(String host, int port, Protocol protocol, ConnectionSecurity security) {
        MailServer wanted = MailServer.draft(host, port, protocol, security);
        return servers.findAll().stream()
                .filter(wanted::sameEndpoint)
                .findFirst()
                .orElseGet(() -> servers.add(wanted));
    }
}
