package org.mailroom.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Direction;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.WorkspaceRules;

/**
 * Fills a workspace with any number of realistic mailboxes (departments, regions, several companies,
 * Exchange Online and on-premises servers), for benchmarks, tests and anyone who wants to look at a
 * big workspace. The same seed gives the same workspace.
 */
public final class WorkspaceGenerator {

    private static final String[] DEPARTMENTS = {"support", "sales", "billing", "returns", "claims", "orders",
        "helpdesk", "vip", "service", "care", "bookings", "refunds", "complaints", "partners", "press", "jobs"};
    private static final String[] REGIONS = {"", "emea", "apac", "amer", "de", "fr", "uk", "nl", "us", "jp"};
    private static final String[] DOMAINS = {"contoso.com", "fabrikam.com", "northwind.net", "adatum.org",
        "tailspin.travel", "woodgrove.bank", "litware.io", "proseware.eu"};
    private static final int BATCH = 5_000;

    private final MailServerStore servers;
    private final MailboxStore mailboxes;

    public WorkspaceGenerator(MailServerStore servers, MailboxStore mailboxes) {
        this.servers = servers;
        this.mailboxes = mailboxes;
    }

    /** Adds {@code count} mailboxes (one of them outbound if the workspace has none) and returns how many. */
    public int generate(int count, long seed) {
        Random random = new Random(seed);
        List<MailServer> inbound = inboundServers();
        MailServer smtp = servers.findAll().stream().filter(s -> s.protocol() == Protocol.SMTP).findFirst()
                .orElseGet(() -> servers.add(MailServer.draft("smtp.office365.com", 587, Protocol.SMTP, ConnectionSecurity.STARTTLS)));
        List<Mailbox> existing = mailboxes.findAll();
        Set<String> taken = new HashSet<>();
        existing.forEach(m -> taken.add(WorkspaceRules.nameKey(m.name())));
        boolean needsOutbound = existing.stream().noneMatch(m -> m.direction() == Direction.OUTBOUND);

        List<Mailbox> batch = new ArrayList<>(Math.min(count, BATCH));
        int added = 0;
        for (int serial = 0; added + batch.size() < count; serial++) {
            if (needsOutbound) {
                batch.add(OutboundMailbox.draft("support@" + DOMAINS[0], "smtp-relay@" + DOMAINS[0], smtp));
                needsOutbound = false;
                continue;
            }
            InboundMailbox candidate = inboundMailbox(random, serial, inbound);
            if (taken.add(WorkspaceRules.nameKey(candidate.name()))) {
                batch.add(candidate);
            }
            if (batch.size() == BATCH) {
                added += mailboxes.addAll(batch).size();
                batch.clear();
            }
        }
        added += mailboxes.addAll(batch).size();
        return added;
    }

    private static InboundMailbox inboundMailbox(Random random, int serial, List<MailServer> inbound) {
        String department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
        String region = REGIONS[random.nextInt(REGIONS.length)];
        String domain = DOMAINS[random.nextInt(DOMAINS.length)];
        String local = region.isEmpty() ? department : department + "." + region;
        // The serial keeps names unique however many are asked for; short enough for the 40-character limit.
        String name = serial < DEPARTMENTS.length * REGIONS.length ? local + "@" + domain : local + serial + "@" + domain;
        int maxSize = 5 + random.nextInt(4) * 5;
        MailServer server = inbound.get(random.nextInt(inbound.size()));
        return InboundMailbox.draft(name, maxSize, name, server);
    }

    /** Exchange Online plus one on-premises IMAP and POP3 server per company. */
    private List<MailServer> inboundServers() {
        List<MailServer> wanted = new ArrayList<>();
        wanted.add(MailServer.draft("outlook.office365.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS));
        wanted.add(MailServer.draft("outlook.office365.com", 995, Protocol.POP3, ConnectionSecurity.SSL_TLS));
        for (String domain : DOMAINS) {
            wanted.add(MailServer.draft("mail." + domain, 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS));
            wanted.add(MailServer.draft("pop." + domain, 995, Protocol.POP3, ConnectionSecurity.SSL_TLS));
        }
        List<MailServer> present = servers.findAll();
        List<MailServer> result = new ArrayList<>();
        for (MailServer server : wanted) {
            result.add(present.stream().filter(server::sameEndpoint).findFirst().orElseGet(() -> servers.add(server)));
        }
        return result;
    }
}
