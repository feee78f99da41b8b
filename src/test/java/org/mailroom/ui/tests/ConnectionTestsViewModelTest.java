package org.mailroom.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.SecretRef;
import org.mailroom.mail.ProbeStep;
import org.mailroom.mail.StepStatus;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.domain.Cloud;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.IdentityProviderSettings;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.oauth.TokenChecker;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.Secrets;
import org.mailroom.service.ConnectionTester;
import org.mailroom.service.OAuthRegistrations;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.secrets.Vault;
import org.mailroom.store.CertificatePinStore;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.OAuthStore;
import org.mailroom.store.TestResultStore;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.testing.DirectBackground;
import org.mailroom.testing.FakeIdentityProvider;
import org.mailroom.testing.ScriptedDialogs;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;

/** Test and Test all from the main window's view model, against GreenMail on loopback. */
@ExtendWith(WorkspaceExtension.class)
class ConnectionTestsViewModelTest {

    private static final String PASSWORD = "s3cret-for-tests";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.ALL))
            .withPerMethodLifecycle(false);

    private WorkspaceDatabase database;
    private MailServerStore servers;
    private MailboxStore mailboxes;
    private TestResultStore results;
    private Secrets secrets;
    private ConnectionTester tester;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ConnectionTestsViewModel tests;
    private final FakeIdentityProvider idp = new FakeIdentityProvider();
    private final ExecutorService tokenWork = Executors.newCachedThreadPool();
    /** An app-only token for IMAP; GreenMail accepts XOAUTH2 when the token equals the user's password. */
    private static final String TOKEN = FakeIdentityProvider.jwt(Map.of("aud", "https://outlook.office365.com",
            "roles", List.of("IMAP.AccessAsApp"), "tid", FakeIdentityProvider.TENANT, "appid", FakeIdentityProvider.CLIENT,
            "exp", 4_102_444_800L));

    @BeforeEach
    void open(TempWorkspace workspace) {
        greenMail.setUser("alice@localhost", "alice", PASSWORD);
        database = workspace.database();
        servers = workspace.servers();
        mailboxes = workspace.mailboxes();
        results = workspace.testResults();
        DirectBackground background = new DirectBackground();
        secrets = new Secrets(new Vault(database, OsKeyring.UNAVAILABLE));
        TokenChecker tokens = new TokenChecker(IdentityProviderSettings.fake(idp, Duration.ofSeconds(5)), tokenWork, Clock.systemUTC());
        tester = new ConnectionTester(new CertificatePinStore(database), results,
                new OAuthRegistrations(database, new OAuthStore(database), new WorkspaceEvents()), tokens, secrets);
        tests = new ConnectionTestsViewModel(tester, background, background, dialogs);
    }

    @AfterEach
    void close() {
        tokenWork.shutdownNow();
    }

    private Mailbox mailbox(String name, ConnectionSecurity security, int port) {
        MailServer server = servers.add(MailServer.draft("localhost", port, Protocol.IMAP, security));
        return mailboxes.add(InboundMailbox.draft(name, 5, "alice", server));
    }

    @Test
    void aTestAsksForThePasswordOnceAndRemembersTheResult() {
        Mailbox plain = mailbox("plain", ConnectionSecurity.NONE, greenMail.getImap().getPort());
        dialogs.passwordAnswers.add(PASSWORD);

        tests.test(plain);

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.questions).containsExactly("Password for plain");
        assertThat(tests.lastTests().get(plain.id()).outcome()).isEqualTo(StepStatus.WARNING); // passed, in clear text
        assertThat(results.all()).containsKey(plain.id());
        assertThat(tests.report(plain.id())).get().asString().contains("INBOX").doesNotContain(PASSWORD);
        assertThat(tests.runningProperty().get()).isFalse();

        tests.test(plain);
        assertThat(dialogs.questions).hasSize(1); // typed once per session
    }

    @Test
    void cancelBeforeAWorkerHasStartedTheTestMeansNoTestRuns() {
        Mailbox plain = mailbox("plain", ConnectionSecurity.NONE, greenMail.getImap().getPort());
        secrets.keep(SecretRef.mailboxPassword(plain.id()), PASSWORD.toCharArray());
        HeldBackground mail = new HeldBackground();
        DirectBackground workspace = new DirectBackground();
        ConnectionTestsViewModel held = new ConnectionTestsViewModel(tester, workspace, mail, dialogs);

        held.test(plain);
        assertThat(held.runningProperty().get()).isTrue();
        held.cancel();
        mail.runAll();

        assertThat(held.runningProperty().get()).isFalse();
        assertThat(held.progressTextProperty().get()).isEqualTo("Cancelled before it started: nothing was tested.");
        assertThat(held.sessionResults()).isEmpty();
        assertThat(results.all()).isEmpty();
    }

    /** Keeps work until the test lets it run, as a busy worker would; a cancelled run never starts. */
    private static final class HeldBackground implements org.mailroom.ui.common.Background {
        private final List<Runnable> waiting = new java.util.ArrayList<>();

        @Override
        public <T> Run run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                           java.util.function.Consumer<Throwable> onFailure) {
            boolean[] cancelled = {false};
            waiting.add(() -> {
                if (!cancelled[0]) {
                    new DirectBackground().run(work, onSuccess, onFailure);
                }
            });
            return new Run() {
                @Override
                public void cancel() {
                    cancelled[0] = true;
                }

                @Override
                public boolean isCancelled() {
                    return cancelled[0];
                }
            };
        }

        void runAll() {
            List.copyOf(waiting).forEach(Runnable::run);
        }

        @Override
        public void publish(Runnable update) {
            update.run();
        }

        @Override
        public javafx.beans.value.ObservableBooleanValue busy() {
            return new javafx.beans.property.SimpleBooleanProperty(false);
        }
    }

    @Test
    void noPasswordTypedMeansNoTest() {
        Mailbox plain = mailbox("plain", ConnectionSecurity.NONE, greenMail.getImap().getPort());
        tests.test(plain);
        assertThat(tests.lastTests()).isEmpty();
        assertThat(results.all()).isEmpty();
    }

    @Test
    void aWrongPasswordFailsAsAnAuthenticationFailure() {
        Mailbox plain = mailbox("plain", ConnectionSecurity.NONE, greenMail.getImap().getPort());
        secrets.keep(SecretRef.mailboxPassword(plain.id()), "wrong".toCharArray());
        tests.test(plain);
        assertThat(tests.lastTests().get(plain.id()).outcome()).isEqualTo(StepStatus.FAILED);
        assertThat(tests.lastTests().get(plain.id()).summary()).containsIgnoringCase("authentication");
    }

    @Test
    void anUntrustedCertificateIsShownAndTrustedOnlyWhenTheAdminSaysSo() {
        Mailbox secure = mailbox("secure", ConnectionSecurity.SSL_TLS, greenMail.getImaps().getPort());
        secrets.keep(SecretRef.mailboxPassword(secure.id()), PASSWORD.toCharArray());

        dialogs.confirmAnswer = false;
        tests.test(secure);
        assertThat(dialogs.questions).singleElement().asString().contains("SHA-256:").contains("Trust exactly this certificate");
        assertThat(tests.lastTests().get(secure.id()).outcome()).isEqualTo(StepStatus.FAILED);
        assertThat(new CertificatePinStore(database).all()).isEmpty();

        dialogs.confirmAnswer = true;
        tests.test(secure);
        assertThat(new CertificatePinStore(database).all()).containsKey(secure.mailServer().orElseThrow().id());
        assertThat(tests.lastTests().get(secure.id()).outcome()).isEqualTo(StepStatus.OK);
    }

    @Test
    void testAllRunsEveryMailboxWithAPasswordAndReportsProgress() {
        Mailbox one = mailbox("one", ConnectionSecurity.NONE, greenMail.getImap().getPort());
        Mailbox two = mailboxes.add(InboundMailbox.draft("two", 5, "alice", one.mailServer().orElseThrow()));
        Mailbox skipped = mailboxes.add(InboundMailbox.draft("three", 5, "alice", one.mailServer().orElseThrow()));
        secrets.keep(SecretRef.mailboxPassword(one.id()), PASSWORD.toCharArray());
        dialogs.passwordAnswers.add(PASSWORD); // for "two"; "three" is cancelled

        tests.testAll(List.of(one, two, skipped));

        assertThat(tests.lastTests()).containsOnlyKeys(one.id(), two.id());
        assertThat(tests.progressProperty().get()).isEqualTo(1.0);
        assertThat(tests.progressTextProperty().get()).isEqualTo("Tested 2 mailboxes: all passed");
    }

    @Test
    void anOAuthMailboxGetsATokenAndLogsInWithXoauth2() {
        greenMail.setUser("oauth@localhost", "oauth", TOKEN);
        MailServer server = plainImap();
        Mailbox shared = mailboxes.add(InboundMailbox.draft("shared", 5, "oauth", server));
        StoredRegistration app = clientCredentialsApp();
        OAuthStore oauth = new OAuthStore(database);
        oauth.link(shared, app, true);
        idp.answering(request -> FakeIdentityProvider.json(200, TOKEN_ANSWER));
        dialogs.passwordAnswers.add("client-secret-value");

        tests.test(shared);

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.questions).containsExactly("Client secret of Contoso mail");
        assertThat(tests.lastTests().get(shared.id()).outcome()).isEqualTo(StepStatus.WARNING); // passed, in clear text
        assertThat(tests.report(shared.id())).get().asString().contains("XOAUTH2").doesNotContain(TOKEN);
    }

    @Test
    void aRefusedTokenIsRecordedLikeAnyTestWithWhatToDo() {
        MailServer server = plainImap();
        Mailbox shared = mailboxes.add(InboundMailbox.draft("shared", 5, "oauth", server));
        StoredRegistration app = clientCredentialsApp();
        OAuthStore oauth = new OAuthStore(database);
        oauth.link(shared, app, true);
        idp.answering(FakeIdentityProvider.error(401, "invalid_client", 7000215, "Invalid client secret provided."));
        dialogs.passwordAnswers.add("the-secret-id");

        tests.test(shared);

        assertThat(dialogs.errors).isEmpty(); // no modal: the result is in the table and the details
        assertThat(tests.lastTests().get(shared.id())).satisfies(last -> {
            assertThat(last.failed()).isTrue();
            assertThat(last.summary()).isEqualTo("Access token refused");
        });
        assertThat(results.all()).containsKey(shared.id());
        assertThat(tests.sessionResults().get(shared.id()).steps()).singleElement().satisfies(step -> {
            assertThat(step.step()).isEqualTo(ProbeStep.TOKEN);
            assertThat(step.detail()).contains("AADSTS7000215");
        });
        assertThat(tests.report(shared.id())).get().asString().contains("AADSTS7000215").doesNotContain("the-secret-id");
        assertThat(tests.runningProperty().get()).isFalse();
    }

    @Test
    void testAllAsksOneClientSecretPerAppAndTestsOAuthMailboxesWithXoauth2() {
        greenMail.setUser("oauth@localhost", "oauth", TOKEN);
        MailServer server = plainImap();
        Mailbox plain = mailboxes.add(InboundMailbox.draft("plain", 5, "alice", server));
        Mailbox one = mailboxes.add(InboundMailbox.draft("shared.one", 5, "oauth", server));
        Mailbox two = mailboxes.add(InboundMailbox.draft("shared.two", 5, "oauth", server));
        StoredRegistration app = clientCredentialsApp();
        OAuthStore oauth = new OAuthStore(database);
        oauth.link(one, app, true);
        oauth.link(two, app, false);
        idp.answering(request -> FakeIdentityProvider.json(200, TOKEN_ANSWER));
        secrets.keep(SecretRef.mailboxPassword(plain.id()), PASSWORD.toCharArray());
        dialogs.passwordAnswers.add("client-secret-value");

        tests.testAll(List.of(plain, one, two));

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.questions).containsExactly("Client secret of Contoso mail"); // once for both mailboxes
        assertThat(tests.lastTests()).containsOnlyKeys(plain.id(), one.id(), two.id());
        assertThat(tests.progressTextProperty().get()).isEqualTo("Tested 3 mailboxes: all passed");
    }

    private static final String TOKEN_ANSWER = "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"" + TOKEN + "\"}";

    private MailServer plainImap() {
        return servers.add(MailServer.draft("localhost", greenMail.getImap().getPort(), Protocol.IMAP, ConnectionSecurity.NONE));
    }

    /** An app registration with a client secret, for IMAP. */
    private StoredRegistration clientCredentialsApp() {
        return new OAuthStore(database).save(0, new AzureAppRegistration("Contoso mail", FakeIdentityProvider.CLIENT,
                FakeIdentityProvider.TENANT, Cloud.GLOBAL, AccountType.SINGLE_TENANT, GrantType.CLIENT_CREDENTIALS,
                EnumSet.of(OAuthProtocol.IMAP)));
    }
}
