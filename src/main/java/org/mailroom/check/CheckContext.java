package org.mailroom.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.Direction;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.mail.LastTest;
import org.mailroom.oauth.OAuthLink;
import org.mailroom.oauth.RegistrationNotes;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.store.WorkspaceContent;

/** The workspace under check with the lookups several rules share, built once per run in linear time. */
public final class CheckContext {

    private final WorkspaceContent content;
    private final Map<Long, LastTest> lastTests;
    private final LocalDate today;
    private final List<OutboundMailbox> outbound = new ArrayList<>();
    private final Set<MailServer> serverEntries = new LinkedHashSet<>();
    private final Set<MailServer> usedServers = new HashSet<>();
    private final Map<Long, StoredRegistration> registrations = new HashMap<>();

    private final Map<Long, String> manifests;
    private final Map<Long, RegistrationNotes> notes;

    CheckContext(CheckInput input, LocalDate today) {
        this.content = input.content();
        this.lastTests = input.lastTests();
        this.manifests = input.manifests();
        this.notes = input.notes();
        this.today = today;
        serverEntries.addAll(content.servers());
        for (Mailbox mailbox : content.mailboxes()) {
            if (mailbox instanceof OutboundMailbox smtp) {
                outbound.add(smtp);
            }
            // a file may name a server its list lacks: it is still an entry to check
            mailbox.mailServer().ifPresent(server -> {
                serverEntries.add(server);
                usedServers.add(server);
            });
        }
        content.registrations().forEach(r -> registrations.put(r.id(), r));
    }

    /** What the admin recorded about a registration (ticks, confirmed ids, secret expiry); none when nothing. */
    public RegistrationNotes notesOf(long registrationId) {
        return notes.getOrDefault(registrationId, RegistrationNotes.NONE);
    }

    /** The manifest the admin last checked for a registration, if any. */
    public Optional<String> manifestOf(long registrationId) {
        return Optional.ofNullable(manifests.get(registrationId));
    }

    public WorkspaceContent content() {
        return content;
    }

    public List<Mailbox> mailboxes() {
        return content.mailboxes();
    }

    /** Today in the clock's time zone, for retirement dates. */
    public LocalDate today() {
        return today;
    }

    /** Every outbound mailbox, in workspace order: one, or none, unless the workspace breaks the spec. */
    public List<OutboundMailbox> outboundMailboxes() {
        return outbound;
    }

    public Optional<OutboundMailbox> outbound() {
        return outbound.stream().findFirst();
    }

    /** The server list plus any server a mailbox uses that the list lacks. */
    public Set<MailServer> serverEntries() {
        return serverEntries;
    }

    public boolean isUsed(MailServer server) {
        return usedServers.contains(server);
    }

    public Optional<LastTest> lastTest(Mailbox mailbox) {
        return Optional.ofNullable(lastTests.get(mailbox.id()));
    }

    public Optional<OAuthLink> oauthLink(Mailbox mailbox) {
        return Optional.ofNullable(content.oauthLinks().get(mailbox.id()));
    }

    public Optional<StoredRegistration> registration(long id) {
        return Optional.ofNullable(registrations.get(id));
    }

    /** The application the mailbox is assigned to, if that application exists. */
    public Optional<DigitalApplication> applicationOf(Mailbox mailbox) {
        return content.applications().applicationOf(mailbox);
    }

    public static boolean isInbound(Mailbox mailbox) {
        return mailbox.direction() == Direction.INBOUND;
    }
}
