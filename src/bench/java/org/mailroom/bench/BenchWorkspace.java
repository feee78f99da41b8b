package org.mailroom.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceGenerator;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.testing.SharedPostgres;
import org.mailroom.testing.ScriptedDialogs;
import org.mailroom.testing.TestScreens;
import org.mailroom.ui.mailboxes.MailboxesViewModel;

/** A real workspace of generated mailboxes (an H2 folder, or a team workspace on PostgreSQL), and the main view model on it. */
final class BenchWorkspace implements AutoCloseable {

    final Path folder;
    final WorkspaceDatabase database;
    final MailServerStore servers;
    final MailboxStore mailboxes;
    /** The team server's database when the workspace is on PostgreSQL (the test JVM's, on loopback, TLS), else null. */
    private final WorkspaceLocation.TeamServer team;

    private BenchWorkspace(Path folder, WorkspaceLocation.TeamServer team) {
        this.folder = folder;
        this.team = team;
        this.database = team == null ? WorkspaceDatabase.open(folder) : WorkspaceDatabase.open(team, SharedPostgres.PASSWORD.toCharArray());
        this.servers = new MailServerStore(database);
        this.mailboxes = new MailboxStore(database, servers);
    }

    private BenchWorkspace(Path folder) {
        this(folder, null);
    }

    static BenchWorkspace withMailboxes(int count) {
        return withMailboxes(count, "h2");
    }

    /** {@code backend} "h2" (a folder) or "postgresql" (a team workspace on the embedded server, over TLS on loopback). */
    static BenchWorkspace withMailboxes(int count, String backend) {
        BenchWorkspace workspace;
        try {
            workspace = new BenchWorkspace(Files.createTempDirectory("mailroom-bench"),
                    backend.equals("postgresql") ? SharedPostgres.get().newWorkspace() : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new WorkspaceGenerator(workspace.servers, workspace.mailboxes).generate(count, 42);
        return workspace;
    }

    /** A new workspace as the app creates it: the presets, no mailboxes. */
    static BenchWorkspace empty() {
        try {
            return new BenchWorkspace(Files.createTempDirectory("mailroom-bench"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The view model as the app builds it, with work run on the calling thread. */
    MailboxesViewModel viewModel() {
        return TestScreens.wiring(database, new ScriptedDialogs()).mailboxes();
    }

    @Override
    public void close() {
        database.close();
        if (team != null) {
            SharedPostgres.get().drop(team);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
