package org.mailroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.testing.SharedPostgres;
import org.mailroom.testing.Workspaces;

/**
 * A team workspace on a real PostgreSQL (the test JVM's, behind TLS): each refusal a sentence with nothing changed,
 * another client's change heard at once (LISTEN/NOTIFY), and a server that goes away and comes back mid-session.
 */
class TeamServerTest {

    private static final char[] PASSWORD = SharedPostgres.PASSWORD.toCharArray();
    private final SharedPostgres postgres = SharedPostgres.get();
    private final WorkspaceLocation.TeamServer empty = postgres.newEmptyDatabase();

    @AfterEach
    void dropTheDatabase() {
        postgres.drop(empty);
    }

    @Test
    void anEmptyDatabaseBecomesAWorkspaceByTheSameMigrations() {
        try (WorkspaceDatabase database = WorkspaceDatabase.open(empty, PASSWORD)) {
            assertThat(database.isTeam()).isTrue();
            assertThat(new MailServerStore(database).findAll()).hasSize(3);
        }
        assertThat(tables(empty)).contains("mailbox", "flyway_schema_history");
    }

    @Test
    void anUnreachableServerIsNamed() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        WorkspaceLocation.TeamServer nowhere = new WorkspaceLocation.TeamServer("127.0.0.1", closedPort, "mailroom", "mailroom", null);

        assertThatThrownBy(() -> WorkspaceDatabase.open(nowhere, PASSWORD)).isInstanceOf(StoreException.class)
                .hasMessage("The server 127.0.0.1:" + closedPort + " could not be reached: check the host name and port, and that the "
                        + "server is running and lets this computer connect. Nothing was changed.");
    }

    @Test
    void aWrongPasswordIsRefusedAndNothingChanges() {
        assertThatThrownBy(() -> WorkspaceDatabase.open(empty, "wrong-password".toCharArray())).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The server localhost:" + postgres.port() + " refused the user mailroom: the password is wrong");
        assertThat(tables(empty)).isEmpty();
    }

    @Test
    void aServerWithoutTlsIsRefusedAndNothingChanges() {
        WorkspaceLocation.TeamServer plain = new WorkspaceLocation.TeamServer("localhost", postgres.portWithoutTls(), empty.database(),
                SharedPostgres.USER, postgres.caFile());

        assertThatThrownBy(() -> WorkspaceDatabase.open(plain, PASSWORD)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The server localhost:" + postgres.portWithoutTls() + " does not offer TLS");
        assertThat(tables(empty)).isEmpty();
    }

    @Test
    void aCertificateNotTrustedIsRefusedAndNothingChanges() {
        // no CA file: the JVM's own CAs, which never signed the tests' self-signed certificate
        WorkspaceLocation.TeamServer untrusted = new WorkspaceLocation.TeamServer("localhost", postgres.port(), empty.database(),
                SharedPostgres.USER, null);

        assertThatThrownBy(() -> WorkspaceDatabase.open(untrusted, PASSWORD)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The certificate of the server localhost:" + postgres.port() + " could not be verified");
        assertThat(tables(empty)).isEmpty();
    }

    @Test
    void aDatabaseThatIsNotAMailroomWorkspaceIsLeftUntouched() {
        postgres.inDatabase(empty.database(), "CREATE TABLE invoices (id INT)");

        assertThatThrownBy(() -> WorkspaceDatabase.open(empty, PASSWORD)).isInstanceOf(StoreException.class)
                .hasMessage("The database " + empty.database() + " on localhost is not a Mailroom workspace (it holds other tables); "
                        + "it was left untouched. Ask for an empty database of its own.");
        assertThat(tables(empty)).containsExactly("invoices");
    }

    @Test
    void aWorkspaceFromANewerMailroomIsRefusedUntouched() {
        WorkspaceDatabase.open(empty, PASSWORD).close();
        postgres.inDatabase(empty.database(), "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                + "installed_by, execution_time, success) VALUES (99, '99', 'newer', 'SQL', 'V99__newer.sql', 'x', 0, TRUE)");
        List<String> before = tables(empty);

        assertThatThrownBy(() -> WorkspaceDatabase.open(empty, PASSWORD)).isInstanceOf(StoreException.class)
                .hasMessage("The workspace is at schema version 99, written by a newer Mailroom. Update Mailroom to open it.");
        assertThat(tables(empty)).isEqualTo(before);
    }

    @Test
    void anotherClientsChangeIsHeardAtOnce() throws Exception {
        try (WorkspaceDatabase mine = WorkspaceDatabase.open(empty, PASSWORD);
             WorkspaceDatabase theirs = WorkspaceDatabase.open(empty, PASSWORD)) {
            BlockingQueue<String> heard = new LinkedBlockingQueue<>();
            try (AutoCloseable following = mine.followChanges(listener(heard))) {
                listening(theirs, heard);
                MailServerStore servers = new MailServerStore(theirs);
                new MailboxStore(theirs, servers).add(InboundMailbox.draft("sales", 5, "sales@contoso.com", Workspaces.imapPreset(servers)));

                assertThat(heard.poll(2, TimeUnit.SECONDS)).isEqualTo("changed");
                assertThat(new MailboxStore(mine, new MailServerStore(mine)).findAll()).extracting(Mailbox::name).containsExactly("sales");
            }
        }
    }

    @Test
    void theServerGoingAwayMidSessionIsToldAnEditIsRefusedAndReconnectingNeedsNoRestart() throws Exception {
        try (SharedPostgres own = SharedPostgres.start(true)) {
            WorkspaceLocation.TeamServer location = own.newEmptyDatabase();
            try (WorkspaceDatabase database = WorkspaceDatabase.open(location, PASSWORD)) {
                MailServerStore servers = new MailServerStore(database);
                MailboxStore mailboxes = new MailboxStore(database, servers);
                Mailbox sales = mailboxes.add(InboundMailbox.draft("sales", 5, "sales@contoso.com", Workspaces.imapPreset(servers)));
                BlockingQueue<String> heard = new LinkedBlockingQueue<>();
                try (AutoCloseable following = database.followChanges(listener(heard))) {
                    own.stop();
                    assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo("away");

                    InboundMailbox edited = new InboundMailbox(sales.id(), "sales", 9, "edited@contoso.com", sales.endpoint());
                    assertThatThrownBy(() -> mailboxes.update(edited)).isInstanceOf(StoreException.class)
                            .hasMessageStartingWith("The team server can't be reached, so this change was not saved (nothing of it was applied).");

                    own.restart();
                    assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo("back");
                    assertThat(mailboxes.findAll()).singleElement().extracting(Mailbox::login).isEqualTo("sales@contoso.com");
                    mailboxes.update(edited);
                    assertThat(mailboxes.findAll()).singleElement().extracting(Mailbox::login).isEqualTo("edited@contoso.com");
                }
            }
        }
    }

    /** The follower LISTENs on a thread of its own: waits until it hears a change (a setting written), then forgets it. */
    private static void listening(WorkspaceDatabase theirs, BlockingQueue<String> heard) throws InterruptedException {
        SettingsStore settings = new SettingsStore(theirs);
        for (int tries = 0; tries < 40 && heard.poll(250, TimeUnit.MILLISECONDS) == null; tries++) {
            settings.put("followed", Integer.toString(tries));
        }
        while (heard.poll(300, TimeUnit.MILLISECONDS) != null) {
            heard.clear(); // a warm-up change heard late
        }
    }

    private static TeamChanges.Listener listener(BlockingQueue<String> heard) {
        return new TeamChanges.Listener() {
            @Override
            public void changed(java.util.Set<String> tables) {
                heard.add("changed");
            }

            @Override
            public void serverAway() {
                heard.add("away");
            }

            @Override
            public void serverBack() {
                heard.add("back");
            }
        };
    }

    private List<String> tables(WorkspaceLocation.TeamServer location) {
        return postgres.tables(location.database());
    }
}
