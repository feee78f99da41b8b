package org.mailroom.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.oauth.RegistrationNotes;
import org.mailroom.store.ApplicationStore;
import org.mailroom.store.OAuthStore;
import org.mailroom.store.RegistrationNotesStore;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.testing.SharedPostgres;

/**
 * Two Mailrooms on one team workspace (the tests' PostgreSQL): what the other commits reaches this one's screens
 * within 2 s, as the event of the view that shows it: an item change reads the table and details again, a history-only
 * change (a display name, a handover) the History window and the details' "last changed by".
 */
class TeamFollowerTest {

    private final SharedPostgres postgres = SharedPostgres.get();
    private final WorkspaceLocation.TeamServer location = postgres.newWorkspace();
    private final BlockingQueue<WorkspaceEvents.Change> heard = new LinkedBlockingQueue<>();
    private WorkspaceDatabase mine;
    private WorkspaceDatabase theirs;
    private TeamFollower follower;

    @BeforeEach
    void twoMailrooms() {
        mine = WorkspaceDatabase.open(location, SharedPostgres.PASSWORD.toCharArray());
        theirs = WorkspaceDatabase.open(location, SharedPostgres.PASSWORD.toCharArray());
        WorkspaceEvents events = new WorkspaceEvents();
        events.subscribe(heard::add);
        follower = TeamFollower.start(mine, events);
        // the follower LISTENs on a thread of its own: the tests start once it hears a change
        OAuthStore settings = new OAuthStore(theirs);
        for (int tries = 0; tries < 40 && !heardWithin(250); tries++) {
            settings.saveSetting("followed", Integer.toString(tries));
        }
        while (heardWithin(300)) {
            heard.clear(); // a warm-up change heard late
        }
    }

    private boolean heardWithin(long millis) {
        try {
            return heard.poll(millis, TimeUnit.MILLISECONDS) != null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @AfterEach
    void close() {
        follower.close();
        mine.close();
        theirs.close();
        postgres.drop(location);
    }

    @Test
    void anItemChangeWithItsHistoryRowReadsTheTableAndTheHistoryAgain() throws InterruptedException {
        new DigitalApplications(new ApplicationStore(theirs), new WorkspaceEvents(), ChangeHistory.ofThisUser(theirs, Clock.systemUTC()))
                .add(DigitalApplication.draft("Email"));

        assertThat(nextTwo()).containsExactlyInAnyOrder(new WorkspaceEvents.WorkspaceChanged(), new WorkspaceEvents.HistoryChanged());
    }

    @Test
    void aDisplayNameAloneReadsTheHistoryAgainNotTheTable() throws InterruptedException {
        ChangeHistory.ofThisUser(theirs, Clock.systemUTC()).setDisplayName("Ana Silva");

        assertThat(heard.poll(2, TimeUnit.SECONDS)).isEqualTo(new WorkspaceEvents.HistoryChanged());
        assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aHandoverReadsTheHistoryAgain() throws InterruptedException {
        ChangeHistory history = ChangeHistory.ofThisUser(theirs, Clock.systemUTC());
        new Handovers(theirs, history, Clock.systemUTC()).mark(Handovers.Reason.MARKED);

        assertThat(heard.poll(2, TimeUnit.SECONDS)).isEqualTo(new WorkspaceEvents.HistoryChanged());
    }

    @Test
    void aRegistrationsNotesAndTheWorkspaceSettingsReadTheTableAgain() throws InterruptedException {
        long id = new OAuthStore(theirs).save(0, new org.mailroom.oauth.AzureAppRegistration("Mailroom", "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
                "contoso.onmicrosoft.com", org.mailroom.domain.Cloud.GLOBAL, org.mailroom.oauth.AccountType.SINGLE_TENANT,
                org.mailroom.oauth.GrantType.PASSWORD, java.util.Set.of(org.mailroom.oauth.OAuthProtocol.IMAP))).id();
        assertThat(heard.poll(2, TimeUnit.SECONDS)).isEqualTo(new WorkspaceEvents.WorkspaceChanged());

        new RegistrationNotesStore(theirs).replace(id, new RegistrationNotes(java.util.Set.of("consent"), java.util.Map.of(), null));
        assertThat(heard.poll(2, TimeUnit.SECONDS)).isEqualTo(new WorkspaceEvents.WorkspaceChanged());

        new OAuthStore(theirs).saveSetting("wizardDraft", "{}");
        assertThat(heard.poll(2, TimeUnit.SECONDS)).isEqualTo(new WorkspaceEvents.WorkspaceChanged());
    }

    private java.util.List<WorkspaceEvents.Change> nextTwo() throws InterruptedException {
        java.util.List<WorkspaceEvents.Change> two = new java.util.ArrayList<>();
        two.add(heard.poll(2, TimeUnit.SECONDS));
        two.add(heard.poll(2, TimeUnit.SECONDS));
        return two;
    }
}
