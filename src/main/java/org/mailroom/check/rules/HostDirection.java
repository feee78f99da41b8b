package org.mailroom.check.rules;

import java.util.Locale;
import java.util.Optional;
import org.mailroom.check.CheckContext;
import org.mailroom.check.ExchangeOnline;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.domain.Direction;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.Severity;
import org.mailroom.domain.Cloud;

/**
 * A mailbox on a host of the other direction: IMAP/POP3 on a host that only sends (smtp.office365.com,
 * smtp.<domain>), SMTP on a host named for reading (imap.<domain>, pop.<domain>). Exchange Online's hosts are
 * known; the others are judged by their name, which is a strong hint but not proof, hence a warning.
 */
public final class HostDirection extends Rule {

    public HostDirection() {
        super("hostDirection", Severity.WARNING);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (Mailbox mailbox : workspace.mailboxes()) {
            // EWS and Graph have no host of a direction: only mail server entries are judged
            mailbox.mailServer().ifPresent(server -> suggestion(server.host(), server.protocol()).ifPresent(better ->
                    reporter.report(ItemRef.of(mailbox), mailbox.name(), server.protocol(), server.host(),
                            mailbox.direction() == Direction.INBOUND ? 0 : 1, better)));
        }
    }

    /** The host to use instead, when this one serves the other direction only. */
    static Optional<String> suggestion(String host, Protocol protocol) {
        String lower = host.toLowerCase(Locale.ROOT);
        String label = lower.contains(".") ? lower.substring(0, lower.indexOf('.')) : "";
        String rest = lower.substring(label.length());
        if (protocol.direction() == Direction.INBOUND) {
            if (ExchangeOnline.isSmtpOnly(lower)) {
                return Optional.of(lower.endsWith(".us") ? Cloud.US_GOV_GCC_HIGH.exchangeHost()
                        : lower.endsWith(".cn") ? Cloud.CHINA.exchangeHost() : Cloud.GLOBAL.exchangeHost());
            }
            return label.equals("smtp") ? Optional.of((protocol == Protocol.IMAP ? "imap" : "pop") + rest) : Optional.empty();
        }
        boolean readingHost = label.equals("imap") || label.equals("pop") || label.equals("pop3");
        return readingHost ? Optional.of("smtp" + rest) : Optional.empty();
    }
}
