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
import org.mailroom.testing.ScriptedDialogs;
import org.mailroom.testing.TestScreens;
import org.mailroom.ui.mailboxes.MailboxesViewModel;

/** A real H2 workspace of generated mailboxes in a temp folder, and the main view model on it. */
final class BenchWorkspace implements AutoCloseable {

    final Path folder;
    final WorkspaceDatabase database;
    final MailServerStore servers;
    final MailboxStore mailboxes;

    private BenchWorkspace(Path folder) {
        this.folder = folder;
        this.database = WorkspaceDatabase.open(folder);
        this.servers = new MailServerStore(database);
        this.mailboxes = new MailboxStore(database, servers);
    }

    static BenchWorkspace withMailboxes(int count) {
        BenchWorkspace workspace = empty();
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
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
