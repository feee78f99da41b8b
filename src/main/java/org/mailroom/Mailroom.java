package org.mailroom;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mailroom.detect.DetectionSettings;
import org.mailroom.detect.ServerDetector;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.SessionPasswords;
import org.mailroom.oauth.IdentityProviderSettings;
import org.mailroom.oauth.TokenChecker;
import org.mailroom.store.ApplicationStore;
import org.mailroom.store.BusinessAttributeStore;
import org.mailroom.store.CertificatePinStore;
import org.mailroom.store.OAuthStore;
import org.mailroom.store.TestResultStore;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.SampleWorkspace;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.text.Text;
import org.mailroom.ui.applications.ApplicationsViewModel;
import org.mailroom.ui.common.FxBackground;
import org.mailroom.ui.common.FxDialogService;
import org.mailroom.ui.common.ViewLoader;
import org.mailroom.ui.detect.ServerDetection;
import org.mailroom.ui.fromaddresses.FromAddressesViewModel;
import org.mailroom.ui.mailboxes.ConnectionTestsViewModel;
import org.mailroom.ui.mailboxes.MailboxesView;
import org.mailroom.ui.mailboxes.MailboxesViewModel;
import org.mailroom.ui.oauth.OAuthWizard;
import org.mailroom.ui.oauth.OAuthWizardViewModel;
import org.mailroom.ui.oauth.TokenVerificationViewModel;
import org.mailroom.ui.servers.MailServersViewModel;

/** The composition root: builds every service once, with plain constructors, and wires the screens. */
public final class Mailroom implements AutoCloseable {

    private static final double MAIN_WIDTH = 1280;
    private static final double MAIN_HEIGHT = 720;

    private final AppPaths paths;
    private final WorkspaceDatabase database;
    private final FxBackground background = new FxBackground("mailroom-workspace", 1);
    private final FxBackground mailWork = new FxBackground("mailroom-mail", 4);
    /** msal4j's token requests; the wizard cancels them through their futures. */
    private final ExecutorService tokenWork = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "mailroom-oauth");
        thread.setDaemon(true);
        return thread;
    });
    private final FxDialogService dialogs = new FxDialogService();
    private final MailboxesViewModel mailboxesViewModel;
    private final CompletableFuture<MailboxesViewModel.Snapshot> firstSnapshot;

    private Mailroom(AppPaths paths, WorkspaceDatabase database, Executor opener, DetectionSettings detection) {
        this.paths = paths;
        this.database = database;
        MailServerStore servers = new MailServerStore(database);
        MailboxStore mailboxes = new MailboxStore(database, servers);
        ApplicationStore applications = new ApplicationStore(database);
        BusinessAttributeStore attributes = new BusinessAttributeStore(database);
        TestResultStore testResults = new TestResultStore(database);
        OAuthStore oauth = new OAuthStore(database);
        SessionPasswords passwords = new SessionPasswords();
        ConnectionTestsViewModel tests = new ConnectionTestsViewModel(testResults, new CertificatePinStore(database),
                passwords, background, mailWork, dialogs);
        ServerDetection serverDetection = new ServerDetection(new ServerDetector(detection), servers, background,
                mailWork, dialogs);
        this.mailboxesViewModel = new MailboxesViewModel(
                new MailboxesViewModel.Stores(mailboxes, servers, applications, attributes, testResults, oauth),
                new SampleWorkspace(servers, mailboxes), passwords, background, dialogs,
                new MailboxesViewModel.Managers(
                        () -> new MailServersViewModel(servers, background, serverDetection),
                        () -> new ApplicationsViewModel(applications, background, dialogs),
                        outboundAddress -> new FromAddressesViewModel(attributes, background, dialogs, outboundAddress),
                        all -> oauthWizard(oauth, all), serverDetection),
                tests);
        this.firstSnapshot = database.opened().thenApplyAsync(open -> mailboxesViewModel.readWorkspace(), opener);
    }

    private OAuthWizard oauthWizard(OAuthStore oauth, List<Mailbox> mailboxes) {
        OAuthWizardViewModel pages = new OAuthWizardViewModel(oauth, background, mailboxes);
        TokenChecker checker = new TokenChecker(IdentityProviderSettings.defaults(), tokenWork, Clock.systemUTC());
        return new OAuthWizard(pages, new TokenVerificationViewModel(pages, checker, mailWork));
    }

    /**
     * Starts opening the workspace in the data folder and reading what the first frame shows, on a
     * thread of its own; returns at once.
     */
    public static Mailroom open(AppPaths paths) {
        return open(paths, DetectionSettings.defaults(paths.dataFolder().resolve("ispdb")));
    }

    /** As {@link #open(AppPaths)}, with server detection reaching the network as {@code detection} says (tests). */
    public static Mailroom open(AppPaths paths, DetectionSettings detection) {
        Executor opener = runnable -> {
            Thread thread = new Thread(runnable, "mailroom-open");
            thread.setDaemon(true);
            thread.start();
        };
        return new Mailroom(paths, WorkspaceDatabase.openInBackground(paths.dataFolder(), opener), opener, detection);
    }

    /**
     * Builds the main window while the workspace opens, and shows it with the workspace in it.
     * Completes (on the FX thread) once the window is up, or with the reason the workspace can't open.
     */
    public CompletableFuture<Stage> showMainWindow(Stage stage) {
        Parent root = ViewLoader.load(new MailboxesView(mailboxesViewModel));
        dialogs.setOwner(stage);
        stage.setTitle(Text.get("app.windowTitle", paths.dataFolder()));
        // A sized scene skips a whole CSS and layout pass that only measures the preferred size.
        stage.setScene(new Scene(root, MAIN_WIDTH, MAIN_HEIGHT));
        return firstSnapshot.thenApplyAsync(snapshot -> {
            mailboxesViewModel.show(snapshot);
            stage.show();
            return stage;
        }, Platform::runLater);
    }

    @Override
    public void close() {
        background.close();
        mailWork.close();
        tokenWork.shutdownNow();
        database.close();
    }
}
