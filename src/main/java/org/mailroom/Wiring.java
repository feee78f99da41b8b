package org.mailroom;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.mailroom.check.CheckReport;
import org.mailroom.check.ConfigurationCheck;
import org.mailroom.check.ItemKind;
import org.mailroom.detect.DetectionSettings;
import org.mailroom.detect.ServerDetector;
import org.mailroom.mail.cloud.CloudProbes;
import org.mailroom.oauth.IdentityProviderSettings;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.oauth.TokenChecker;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.Secrets;
import org.mailroom.secrets.Vault;
import org.mailroom.service.ChangeHistory;
import org.mailroom.service.ConnectionTester;
import org.mailroom.service.DigitalApplications;
import org.mailroom.service.FromAddresses;
import org.mailroom.service.GraphMigration;
import org.mailroom.service.Handovers;
import org.mailroom.service.HistoryRestore;
import org.mailroom.service.MailServers;
import org.mailroom.service.MailboxService;
import org.mailroom.service.OAuthRegistrations;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.service.WorkspaceFiles;
import org.mailroom.service.WorkspaceReader;
import org.mailroom.store.ApplicationStore;
import org.mailroom.store.BusinessAttributeStore;
import org.mailroom.store.CertificatePinStore;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.OAuthStore;
import org.mailroom.store.RegistrationNotesStore;
import org.mailroom.store.SampleWorkspace;
import org.mailroom.store.TestResultStore;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.ui.applications.ApplicationsViewModel;
import org.mailroom.ui.check.CheckViewModel;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.DialogService;
import org.mailroom.ui.common.Navigator;
import org.mailroom.ui.detect.ServerDetection;
import org.mailroom.ui.fromaddresses.FromAddressesViewModel;
import org.mailroom.ui.history.HandoverReviewViewModel;
import org.mailroom.ui.history.HistoryViewModel;
import org.mailroom.ui.mailboxes.MailboxesViewModel;
import org.mailroom.ui.mailboxes.ManagerWindows;
import org.mailroom.ui.main.Screens;
import org.mailroom.ui.migration.MigrationAssistantViewModel;
import org.mailroom.ui.oauth.OAuthWizard;
import org.mailroom.ui.oauth.OAuthWizardViewModel;
import org.mailroom.ui.oauth.TokenVerificationViewModel;
import org.mailroom.ui.servers.MailServersViewModel;
import org.mailroom.ui.tests.ConnectionTestsViewModel;
import org.mailroom.ui.workspace.PasswordsViewModel;
import org.mailroom.ui.workspace.WorkspaceFilesViewModel;
import org.mailroom.ui.workspace.WorkspaceMenu;

/**
 * The one wiring of Mailroom, used by the app and the tests alike: stores, services and view models built
 * once with plain constructors from a workspace and what the caller decides (where work runs, how
 * dialogs and screens open, the clock, how far detection and sign-in may reach).
 */
public final class Wiring {

    /**
     * What the caller decides.
     *
     * @param workspace where workspace work runs (one thread: one writer)
     * @param mail      where work that waits on servers runs, so the workspace never waits for them
     * @param tokenWork msal4j's token requests
     * @param keyringWork where calls that wait on the OS credential store run (an unlock prompt may wait a minute)
     */
    public record Parts(Background workspace, Background mail, ExecutorService tokenWork, DialogService dialogs,
                        Screens screens, Clock clock, DetectionSettings detection, IdentityProviderSettings identity,
                        OsKeyring keyring, Background keyringWork) {
    }

    private final Navigator navigator = new Navigator();
    private final WorkspaceEvents events = new WorkspaceEvents();
    private final MailboxesViewModel mailboxes;
    private final ConnectionTestsViewModel tests;
    private final CheckViewModel check;
    private final WorkspaceMenu menu;
    private final Parts parts;

    public Wiring(WorkspaceDatabase database, Parts parts) {
        this.parts = parts;
        MailServerStore serverStore = new MailServerStore(database);
        MailboxStore mailboxStore = new MailboxStore(database, serverStore);
        ApplicationStore applicationStore = new ApplicationStore(database);
        BusinessAttributeStore attributeStore = new BusinessAttributeStore(database);
        TestResultStore testResults = new TestResultStore(database);
        OAuthStore oauthStore = new OAuthStore(database);
        Vault vault = new Vault(database, parts.keyring());
        Secrets secrets = new Secrets(vault);
        WorkspaceReader reader = new WorkspaceReader(database, mailboxStore, serverStore, applicationStore, attributeStore,
                testResults, oauthStore);
        ChangeHistory history = ChangeHistory.ofThisUser(database, parts.clock());
        MailServers servers = new MailServers(database, serverStore, events, history);
        DigitalApplications applications = new DigitalApplications(applicationStore, events, history);
        FromAddresses fromAddresses = new FromAddresses(database, attributeStore, events, history);
        Handovers handovers = new Handovers(database, history, parts.clock());
        OAuthRegistrations registrations = new OAuthRegistrations(oauthStore, new RegistrationNotesStore(database), events, history, handovers);
        Background workspace = parts.workspace();
        DialogService dialogs = parts.dialogs();
        Screens screens = parts.screens();

        ConfigurationCheck configurationCheck = new ConfigurationCheck(parts.clock());
        Supplier<CheckReport> checkNow = () -> configurationCheck.run(reader.checkInput());
        this.check = new CheckViewModel(configurationCheck, reader::checkInput, workspace, navigator::goTo);
        events.subscribe(change -> workspace.publish(check::refresh));
        CloudProbes cloudProbes = new CloudProbes(parts.identity(), parts.tokenWork(), parts.clock());
        ConnectionTester tester = new ConnectionTester(new CertificatePinStore(database), testResults, registrations, tokenChecker(),
                secrets).withWebApiTest((mailbox, app, secret, run) -> cloudProbes.probeFor(mailbox, app.map(StoredRegistration::registration), secret,
                        run));
        ConnectionTestsViewModel tests = new ConnectionTestsViewModel(tester, workspace, parts.mail(), dialogs);
        tests.setOnFinished(check::refresh);
        ServerDetection detection = new ServerDetection(new ServerDetector(parts.detection()), servers, workspace, parts.mail(),
                dialogs, screens::detectServers);
        ManagerWindows windows = new ManagerWindows(screens::mailboxForm,
                () -> {
                    MailServersViewModel shown = new MailServersViewModel(servers, workspace, detection, dialogs);
                    following(shown::follow, () -> screens.mailServers(shown));
                },
                () -> {
                    ApplicationsViewModel shown = new ApplicationsViewModel(applications, workspace, dialogs);
                    following(shown::follow, () -> screens.applications(shown));
                },
                (outbound, follower) -> {
                    FromAddressesViewModel shown = new FromAddressesViewModel(fromAddresses, workspace, dialogs, outbound);
                    return following(shown::follow, () -> shown.showFollowedBy(screens::fromAddresses, follower));
                },
                (all, chosen) -> oauthWizard(registrations, all).open(chosen, screens::oauthWizard), detection,
                () -> screens.migrationAssistant(new MigrationAssistantViewModel(new GraphMigration(database, mailboxStore, oauthStore,
                        reader, configurationCheck, events), workspace, dialogs)));
        this.mailboxes = new MailboxesViewModel(new MailboxService(database, mailboxStore, applicationStore,
                new SampleWorkspace(serverStore, mailboxStore), secrets, events, history), reader, events, workspace, dialogs, windows,
                tests::showLastTests);
        this.tests = tests;
        this.menu = new WorkspaceMenu(
                new WorkspaceFilesViewModel(new WorkspaceFiles(database, secrets, events, checkNow, history, handovers),
                        workspace, dialogs, mailboxes::selectedIds),
                new PasswordsViewModel(vault, secrets, workspace, parts.keyringWork(), dialogs),
                () -> {
                    HistoryViewModel shown = new HistoryViewModel(history, new HistoryRestore(database, history, events), workspace,
                            dialogs, parts.clock().getZone());
                    following(shown::follow, () -> screens.history(shown));
                },
                () -> {
                    HandoverReviewViewModel review = handoverReview(handovers);
                    following(review::follow, () -> screens.handoverReview(review));
                }, () -> handoverReview(handovers).markHandedOver());
        navigator.register(ItemKind.MAILBOX, item -> mailboxes.select(item.id()));
        navigator.register(ItemKind.MAIL_SERVER, item -> mailboxes.manageMailServers());
        navigator.register(ItemKind.APPLICATION, item -> mailboxes.manageApplications());
        navigator.register(ItemKind.REGISTRATION, item -> mailboxes.openOAuthWizard());
        navigator.register(ItemKind.FROM_ADDRESS, item -> mailboxes.manageFromAddresses());
    }

    private OAuthWizard oauthWizard(OAuthRegistrations registrations, java.util.List<org.mailroom.domain.Mailbox> all) {
        OAuthWizardViewModel pages = new OAuthWizardViewModel(registrations, parts.workspace(), all, parts.clock());
        return new OAuthWizard(pages, new TokenVerificationViewModel(pages, tokenChecker(), parts.mail()));
    }

    /**
     * Opens a window with {@code open}, which returns once it is closed; meanwhile the changes committed (others', on a team
     * workspace) reach {@code follow} on the FX thread.
     */
    private void following(Consumer<WorkspaceEvents.Change> follow, Runnable open) {
        following(follow, () -> {
            open.run();
            return null;
        });
    }

    /** As {@link #following(Consumer, Runnable)}, for a window that returns what it leaves (the From addresses). */
    private <T> T following(Consumer<WorkspaceEvents.Change> follow, Supplier<T> open) {
        try (WorkspaceEvents.Subscription heard = events.subscribe(change -> parts.workspace().publish(() -> follow.accept(change)))) {
            return open.get();
        }
    }

    private HandoverReviewViewModel handoverReview(Handovers handovers) {
        return new HandoverReviewViewModel(handovers, parts.workspace(), parts.dialogs(), parts.clock().getZone());
    }

    private TokenChecker tokenChecker() {
        return new TokenChecker(parts.identity(), parts.tokenWork(), Clock.systemUTC());
    }

    /** The Check configuration window. */
    public void showCheck() {
        check.refresh();
        parts.screens().check(check);
    }

    public MailboxesViewModel mailboxes() {
        return mailboxes;
    }

    public ConnectionTestsViewModel tests() {
        return tests;
    }

    public CheckViewModel check() {
        return check;
    }

    public WorkspaceMenu menu() {
        return menu;
    }

    public Navigator navigator() {
        return navigator;
    }

    public WorkspaceEvents events() {
        return events;
    }
}
