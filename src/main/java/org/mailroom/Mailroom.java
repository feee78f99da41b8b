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

    private final AppPaths paths;
    private final WorkspaceDatabase database;
    private final MailServerStore servers;
    private final MailboxStore mailboxes;
    private final SessionPasswords passwords = new SessionPasswords();
    private final FxBackground background = new FxBackground();
    private final FxDialogService dialogs = new FxDialogService();

    private Mailroom(AppPaths paths, WorkspaceDatabase database) {
        this.paths = paths;
        this.database = database;
        this.servers = new MailServerStore(database);
        this.mailboxes = new MailboxStore(database, servers);
    }

    /** Opens the workspace in the data folder; call off the FX thread. */
    public static Mailroom open(AppPaths paths) {
        return new Mailroom(paths, WorkspaceDatabase.open(paths.dataFolder()));
    }

    public MailboxesViewModel mailboxesViewModel() {
        return new MailboxesViewModel(mailboxes, servers, new SampleWorkspace(servers, mailboxes), passwords,
                Enablement.WITHOUT_APPLICATIONS, background, dialogs,
                () -> new MailServersViewModel(servers, background));
    }

    public void showMainWindow(Stage stage) {
        MailboxesViewModel viewModel = mailboxesViewModel();
        Parent root = ViewLoader.load(new MailboxesView(viewModel));
        dialogs.setOwner(stage);
        stage.setTitle(Text.get("app.windowTitle", paths.dataFolder()));
        stage.setScene(new Scene(root));
        stage.show();
        viewModel.load();
    }

    @Override
    public void close() {
        background.close();
        database.close();
    }
}
