package org.mailroom.testing;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ForkJoinPool;
import org.mailroom.check.CheckInput;
import org.mailroom.check.ConfigurationCheck;
import org.mailroom.detect.DetectionSettings;
import org.mailroom.detect.ServerDetector;
import org.mailroom.domain.SessionPasswords;
import org.mailroom.oauth.IdentityProviderSettings;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.PasswordKeeper;
import org.mailroom.secrets.Vault;
import org.mailroom.oauth.TokenChecker;
import org.mailroom.store.ApplicationStore;
import org.mailroom.store.BusinessAttributeStore;
import org.mailroom.store.CertificatePinStore;
import org.mailroom.store.OAuthStore;
import org.mailroom.store.TestResultStore;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.SampleWorkspace;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.ui.applications.ApplicationsViewModel;
import org.mailroom.ui.detect.ServerDetection;
import org.mailroom.ui.fromaddresses.FromAddressesViewModel;
import org.mailroom.ui.check.CheckViewModel;
import org.mailroom.ui.mailboxes.ConnectionTestsViewModel;
import org.mailroom.ui.mailboxes.OAuthSignIn;
import org.mailroom.ui.mailboxes.MailboxesViewModel;
import org.mailroom.ui.oauth.OAuthWizard;
import org.mailroom.ui.oauth.OAuthWizardViewModel;
import org.mailroom.ui.oauth.TokenVerificationViewModel;
import org.mailroom.ui.servers.MailServersViewModel;

/** The main view model wired as the app wires it, with background work on the calling thread. */
public final class TestScreens {

    private TestScreens() {
    }

    /**
     * Detection that never leaves the machine: DNS asks a closed loopback port, every host name is unknown. Only
     * the built-in presets and ISPDB files find anything.
     */
    public static final DetectionSettings OFFLINE_DETECTION = DetectionSettings.defaults(null)
            .withDnsServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 9))
            .withTimeouts(Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(2))
            .withProbeTarget((host, port) -> {
                throw new UnknownHostException(host);
            });

    public static MailboxesViewModel mailboxes(WorkspaceDatabase database, SessionPasswords passwords, ScriptedDialogs dialogs) {
        return mailboxes(database, passwords, dialogs, OFFLINE_DETECTION);
    }

    public static MailboxesViewModel mailboxes(WorkspaceDatabase database, SessionPasswords passwords,
                                               ScriptedDialogs dialogs, DetectionSettings detection) {
        DirectBackground background = new DirectBackground();
        MailServerStore servers = new MailServerStore(database);
        MailboxStore mailboxes = new MailboxStore(database, servers);
        ApplicationStore applications = new ApplicationStore(database);
        BusinessAttributeStore attributes = new BusinessAttributeStore(database);
        TestResultStore testResults = new TestResultStore(database);
        PasswordKeeper keeper = new PasswordKeeper(passwords, new Vault(database, OsKeyring.system()));
        ConnectionTestsViewModel tests = new ConnectionTestsViewModel(testResults, new CertificatePinStore(database),
                keeper, passwords, background, background, dialogs, new OAuthSignIn(new OAuthStore(database),
                        new TokenChecker(IdentityProviderSettings.defaults(), ForkJoinPool.commonPool(), Clock.systemUTC())));
        OAuthStore oauth = new OAuthStore(database);
        TokenChecker checker = new TokenChecker(IdentityProviderSettings.defaults(), ForkJoinPool.commonPool(), Clock.systemUTC());
        ServerDetection serverDetection = new ServerDetection(new ServerDetector(detection), servers, background,
                background, dialogs);
        MailboxesViewModel[] screen = new MailboxesViewModel[1];
        screen[0] = new MailboxesViewModel(new MailboxesViewModel.Stores(mailboxes, servers, applications, attributes, testResults, oauth),
                new SampleWorkspace(servers, mailboxes), keeper, passwords, background, dialogs,
                new MailboxesViewModel.Managers(() -> new MailServersViewModel(servers, background, serverDetection),
                        () -> new ApplicationsViewModel(applications, background, dialogs),
                        outbound -> new FromAddressesViewModel(attributes, background, dialogs, outbound),
                        all -> {
                            OAuthWizardViewModel pages = new OAuthWizardViewModel(oauth, background, all);
                            return new OAuthWizard(pages, new TokenVerificationViewModel(pages, checker, background));
                        }, serverDetection),
                tests);
        screen[0].attach(new CheckViewModel(new ConfigurationCheck(Clock.systemUTC()),
                () -> new CheckInput(WorkspaceContent.read(database), testResults.all(), oauth.manifests()), background,
                item -> screen[0].goTo(item)));
        return screen[0];
    }
}
