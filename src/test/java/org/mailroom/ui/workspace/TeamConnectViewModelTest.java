package org.mailroom.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.testing.SharedPostgres;

/**
 * Workspace ▸ Connect to a team workspace… against the tests' real PostgreSQL behind TLS: the fields' rules, a
 * connection that opens the team workspace and remembers the password only in the credential store, and each refusal
 * one sentence in the dialog with everything typed kept and the current workspace untouched.
 */
class TeamConnectViewModelTest {

    private final SharedPostgres postgres = SharedPostgres.get();
    private final WorkspaceLocation.TeamServer team = postgres.newWorkspace();
    private final Keyring keyring = new Keyring();
    @TempDir
    Path temp;
    private SwitchingForTests app;
    private TeamConnectViewModel dialog;
    private boolean closed;

    @BeforeEach
    void open() {
        app = new SwitchingForTests(temp.resolve("home"), keyring);
        app.menu(shown -> dialog = shown).connect();
    }

    @AfterEach
    void stop() {
        app.close();
        postgres.drop(team);
    }

    @Test
    void connectStaysUnavailableUntilEveryFieldIsRightAndSaysWhichIsNot() {
        assertThat(dialog.validProperty().get()).isFalse();
        assertThat(dialog.problemProperty().get()).isEqualTo("Type the host name or IP address of the team's PostgreSQL server.");
        dialog.hostProperty().set("db.contoso.com:5432");
        assertThat(dialog.problemProperty().get()).startsWith("The host must be a host name");
        dialog.hostProperty().set("db.contoso.com");
        dialog.portProperty().set("70000");
        assertThat(dialog.problemProperty().get()).startsWith("The port must be a whole number from 1 to 65535");
        dialog.portProperty().set("5432");
        dialog.databaseProperty().set("mailroom contoso");
        assertThat(dialog.problemProperty().get()).isEqualTo("The database may hold letters, digits and _ - . only; remove “ ”.");
        dialog.databaseProperty().set("mailroom_contoso");
        assertThat(dialog.problemProperty().get()).isEqualTo("Type the user.");
        dialog.userProperty().set("ana");
        assertThat(dialog.problemProperty().get()).isEqualTo("Type the password of the database user.");
        dialog.passwordProperty().set("x");
        assertThat(dialog.validProperty().get()).isTrue();
    }

    @Test
    void connectingOpensTheTeamWorkspaceAndRemembersThePasswordInTheCredentialStoreNeverInAFile() throws IOException {
        fill(team, SharedPostgres.PASSWORD);
        dialog.rememberProperty().set(true);

        dialog.connect(() -> closed = true);

        assertThat(closed).isTrue();
        assertThat(app.shown).containsExactly(team.reference());
        assertThat(keyring.entries).containsValue(SharedPostgres.PASSWORD);
        assertThat(app.recent.entries()).first().satisfies(entry -> {
            assertThat(entry.name()).isEqualTo(team.database() + "@localhost");
            assertThat(entry.team()).isTrue();
        });
        try (Stream<Path> files = Files.walk(app.dataFolder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(SharedPostgres.PASSWORD);
            }
        }

        // the next time, the dialog comes filled in from the last team workspace, the password remembered
        app.menu(shown -> dialog = shown).connect();
        assertThat(dialog.databaseProperty().get()).isEqualTo(team.database());
        assertThat(dialog.caFileProperty().get()).isEqualTo(postgres.caFile().toString());
        assertThat(app.places.needsPassword(team.reference())).isFalse();
    }

    @Test
    void withoutACredentialStoreThePasswordIsNotRememberedAndTheDialogSaysWhy() {
        keyring.reachable = false;
        app.menu(shown -> dialog = shown).connect();

        assertThat(dialog.canRememberProperty().get()).isFalse();
        assertThat(dialog.rememberNoteProperty().get()).startsWith("This computer has no credential store Mailroom can reach");
    }

    @Test
    void eachRefusalIsOneSentenceInTheDialogWhichKeepsWhatWasTypedAndTheWorkspace() throws IOException {
        String home = app.currentReference();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        WorkspaceLocation.TeamServer foreign = postgres.newEmptyDatabase();
        postgres.inDatabase(foreign.database(), "CREATE TABLE invoices (id INT)");
        WorkspaceLocation.TeamServer newer = postgres.newWorkspace();
        postgres.inDatabase(newer.database(), "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                + "installed_by, execution_time, success) VALUES (99, '99', 'newer', 'SQL', 'V99__newer.sql', 'x', 0, TRUE)");
        Map<String, String> said = new HashMap<>();
        List<String> foreignTables;
        try {
            said.put("wrong password", refusal(team, "wrong-password"));
            said.put("unreachable", refusal(new WorkspaceLocation.TeamServer("127.0.0.1", closedPort, "mailroom", "mailroom", null),
                    SharedPostgres.PASSWORD));
            said.put("not a workspace", refusal(foreign, SharedPostgres.PASSWORD));
            said.put("newer", refusal(newer, SharedPostgres.PASSWORD));
            said.put("no TLS", refusal(new WorkspaceLocation.TeamServer("localhost", postgres.portWithoutTls(), team.database(),
                    SharedPostgres.USER, postgres.caFile()), SharedPostgres.PASSWORD));
            said.put("untrusted", refusal(new WorkspaceLocation.TeamServer("localhost", postgres.port(), team.database(),
                    SharedPostgres.USER, null), SharedPostgres.PASSWORD));
            said.put("no CA file", refusal(new WorkspaceLocation.TeamServer("localhost", postgres.port(), team.database(),
                    SharedPostgres.USER, temp.resolve("missing-ca.pem")), SharedPostgres.PASSWORD));
            foreignTables = postgres.tables(foreign.database());
        } finally {
            postgres.drop(foreign);
            postgres.drop(newer);
        }

        assertThat(said.get("wrong password")).startsWith("The server localhost:" + postgres.port() + " refused the user mailroom: "
                + "the password is wrong");
        assertThat(said.get("unreachable")).startsWith("The server 127.0.0.1:" + closedPort + " could not be reached");
        assertThat(said.get("not a workspace")).startsWith("The database " + foreign.database() + " on localhost is not a Mailroom workspace");
        assertThat(said.get("newer")).isEqualTo("The workspace is at schema version 99, written by a newer Mailroom. Update Mailroom to "
                + "open it.");
        assertThat(said.get("no TLS")).startsWith("The server localhost:" + postgres.portWithoutTls() + " does not offer TLS");
        assertThat(said.get("untrusted")).startsWith("The certificate of the server localhost:" + postgres.port() + " could not be verified");
        assertThat(said.get("no CA file")).startsWith("The CA certificate file " + temp.resolve("missing-ca.pem") + " cannot be read");
        assertThat(said.values()).allSatisfy(sentence -> assertThat(sentence).doesNotContain("Exception", "org.", "SQL", "PSQL"));
        assertThat(foreignTables).containsExactly("invoices");
        assertThat(app.shown).isEmpty();
        assertThat(app.currentReference()).isEqualTo(home);
        assertThat(keyring.entries).isEmpty();
    }

    /** Fills the dialog for {@code location}, presses Connect, and returns what the dialog says; the fields must stay. */
    private String refusal(WorkspaceLocation.TeamServer location, String password) {
        fill(location, password);
        dialog.rememberProperty().set(true);
        dialog.connect(() -> closed = true);
        assertThat(closed).isFalse();
        assertThat(List.of(dialog.hostProperty().get(), dialog.databaseProperty().get(), dialog.userProperty().get(),
                dialog.passwordProperty().get())).containsExactly(location.host(), location.database(), location.user(), password);
        assertThat(dialog.connectingProperty().get()).isFalse();
        return dialog.failureProperty().get();
    }

    private void fill(WorkspaceLocation.TeamServer location, String password) {
        dialog.hostProperty().set(location.host());
        dialog.portProperty().set(String.valueOf(location.port()));
        dialog.databaseProperty().set(location.database());
        dialog.userProperty().set(location.user());
        dialog.passwordProperty().set(password);
        dialog.caFileProperty().set(location.caFile() == null ? "" : location.caFile().toString());
    }

    /** A credential store in memory: what it keeps can be looked at. */
    static final class Keyring implements OsKeyring {

        final Map<String, String> entries = new HashMap<>();
        boolean reachable = true;

        @Override
        public boolean isAvailable() {
            return reachable;
        }

        @Override
        public Optional<String> read(String account) {
            return Optional.ofNullable(entries.get(account));
        }

        @Override
        public void write(String account, String value) {
            entries.put(account, value);
        }

        @Override
        public void delete(String account) {
            entries.remove(account);
        }

        @Override
        public void close() {
        }
    }
}
