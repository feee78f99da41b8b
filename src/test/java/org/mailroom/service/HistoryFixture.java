package org.mailroom.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.mailroom.history.HistoryEntry;
import org.mailroom.history.HistoryFilter;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.Secrets;
import org.mailroom.secrets.Vault;
import org.mailroom.store.RegistrationNotesStore;
import org.mailroom.store.SampleWorkspace;
import org.mailroom.testing.TempWorkspace;

/** The services of one workspace, all recording into one history as the OS user "asilva" at a fixed moment. */
final class HistoryFixture {

    static final Instant NOW = Instant.parse("2026-11-30T10:15:00Z");

    final TempWorkspace workspace;
    final ChangeHistory history;
    final WorkspaceEvents events = new WorkspaceEvents();
    final MailboxService mailboxes;
    final MailServers servers;
    final DigitalApplications applications;
    final FromAddresses fromAddresses;
    final OAuthRegistrations registrations;
    final Handovers handovers;
    final HistoryRestore restore;

    HistoryFixture(TempWorkspace workspace) {
        this(workspace, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    HistoryFixture(TempWorkspace workspace, Clock clock) {
        this.workspace = workspace;
        var database = workspace.database();
        history = new ChangeHistory(database, clock, "asilva");
        mailboxes = new MailboxService(database, workspace.mailboxes(), workspace.applications(),
                new SampleWorkspace(workspace.servers(), workspace.mailboxes()), new Secrets(new Vault(database, OsKeyring.UNAVAILABLE)),
                events, history);
        servers = new MailServers(database, workspace.servers(), events, history);
        applications = new DigitalApplications(workspace.applications(), events, history);
        fromAddresses = new FromAddresses(database, workspace.attributes(), events, history);
        handovers = new Handovers(database, history, clock);
        registrations = new OAuthRegistrations(workspace.oauth(), new RegistrationNotesStore(database), events, history, handovers);
        restore = new HistoryRestore(database, history, events);
    }

    /** Every entry, newest first. */
    List<HistoryEntry> entries() {
        return history.page(HistoryFilter.ALL, 0);
    }

    HistoryEntry latest() {
        return entries().get(0);
    }

    int count() {
        return history.count(HistoryFilter.ALL);
    }

    static Optional<char[]> password(String typed) {
        return Optional.of(typed.toCharArray());
    }
}
