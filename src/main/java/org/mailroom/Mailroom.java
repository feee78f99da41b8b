package org.mailroom;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mailroom.domain.Enablement;
import org.mailroom.domain.SessionPasswords;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.SampleWorkspace;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.text.Text;
import org.mailroom.ui.common.FxBackground;
import org.mailroom.ui.common.FxDialogService;
import org.mailroom.ui.common.ViewLoader;
import org.mailroom.ui.mailboxes.MailboxesView;
import org.mailroom.ui.mailboxes.MailboxesViewModel;
import org.mailroom.ui.servers.MailServersViewModel;

/** The composition root: builds every service once, with plain constructors, and wires the screens. */
public final class Mailroom implements AutoCloseable {

    private static final double MAIN_WIDTH = 1120;
    private static final double MAIN_HEIGHT = 640;

    private final AppPaths paths;
    private final WorkspaceDatabase database;
    private final MailServerStore servers;
    private final MailboxStore mailboxes;
    private final SessionPasswords passwords = new SessionPasswords();
    private final FxBackground background = new FxBackground();
    private final FxDialogService dialogs = new FxDialogService();
    private final MailboxesViewModel mailboxesViewModel;
    private final MailboxesViewModel.Snapshot firstSnapshot;

    private Mailroom(AppPaths paths, WorkspaceDatabase database) {
        this.paths = paths;
        this.database = database;
        this.servers = new MailServerStore(database);
        this.mailboxes = new MailboxStore(database, servers);
        this.mailboxesViewModel = new MailboxesViewModel(mailboxes, servers, new SampleWorkspace(servers, mailboxes),
                passwords, Enablement.WITHOUT_APPLICATIONS, background, dialogs,
                () -> new MailServersViewModel(servers, background));
        this.firstSnapshot = mailboxesViewModel.readWorkspace();
    }

    /** Opens the workspace in the data folder and reads what the first frame shows; call off the FX thread. */
    public static Mailroom open(AppPaths paths) {
        WorkspaceDatabase database = WorkspaceDatabase.open(paths.dataFolder());
        try {
            return new Mailroom(paths, database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public void showMainWindow(Stage stage) {
        mailboxesViewModel.show(firstSnapshot);
        Parent root = ViewLoader.load(new MailboxesView(mailboxesViewModel));
        dialogs.setOwner(stage);
        stage.setTitle(Text.get("app.windowTitle", paths.dataFolder()));
        // A sized scene skips a whole CSS and layout pass that only measures the preferred size.
        stage.setScene(new Scene(root, MAIN_WIDTH, MAIN_HEIGHT));
        stage.show();
    }

    @Override
    public void close() {
        background.close();
        database.close();
    }
}
