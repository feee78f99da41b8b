package org.mailroom.ui.detect;

import static org.assertj.core.api.Assertions.assertThat;
import org.mailroom.ui.common.DetectScope;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.service.MailServers;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mailroom.detect.Candidate;
import org.mailroom.detect.ServerDetector;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Direction;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.testing.DirectBackground;
import org.mailroom.testing.LoopbackDnsServer;
import org.mailroom.testing.ScriptedDialogs;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;
import org.mailroom.ui.mailboxes.MailboxEditorViewModel;
import org.mailroom.ui.servers.MailServersViewModel;

/** "Detect from address" in the mailbox form and the servers manager: the chosen candidate becomes an entry. */
@ExtendWith(WorkspaceExtension.class)
class ServerDetectionTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.ALL));

    private final LoopbackDnsServer dns;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private WorkspaceDatabase database;
    private MailServerStore store;
    private ServerDetection detection;
    private java.nio.file.Path ispdb;

    ServerDetectionTest() throws IOException {
        dns = new LoopbackDnsServer();
    }

    @BeforeEach
    void open(TempWorkspace workspace) {
        database = workspace.database();
        store = workspace.servers();
        DirectBackground background = new DirectBackground();
        ispdb = workspace.tempFolder().resolve("ispdb");
        detection = new ServerDetection(new ServerDetector(LoopbackDetection.settings(ispdb, dns,
                GREEN_MAIL)), new MailServers(workspace.database(), store, new WorkspaceEvents()), background, background, dialogs,
                dialogs::detectServers);
        LoopbackDetection.publishSrv(dns);
    }

    @AfterEach
    void close() {
        dns.close();
    }

    @Test
    void theChosenCandidateIsStoredOnlyThenAndSelectedInTheForm() {
        List<MailServer> before = store.findAll();
        MailboxEditorViewModel form = inboundForm();
        form.loginProperty().set("agent@example.test");
        List<List<MailServer>> storedWhileOpen = new java.util.ArrayList<>();
        dialogs.inDetectServers(window -> {
            window.detect();
            storedWhileOpen.add(store.findAll());
            return pick(window, "pop.example.test");
        });

        form.detectServers();

        assertThat(dialogs.lastDetection.addressProperty().get()).isEqualTo("agent@example.test");
        assertThat(dialogs.lastDetection.scope()).isEqualTo(DetectScope.INBOUND);
        assertThat(storedWhileOpen).containsExactly(before);
        MailServer chosen = form.endpoint().serverProperty().get();
        assertThat(chosen.id()).isPositive();
        assertThat(chosen.sameEndpoint(MailServer.draft("pop.example.test", 110, Protocol.POP3,
                ConnectionSecurity.NONE))).isTrue();
        assertThat(store.findAll()).hasSize(before.size() + 1).contains(chosen);
        assertThat(form.endpoint().serverChoices()).contains(chosen);
    }

    @Test
    void anEntryWithTheSameEndpointIsReusedNotAddedTwice() {
        List<MailServer> before = store.findAll();
        MailServer pop3Preset = before.stream().filter(s -> s.protocol() == Protocol.POP3).findFirst().orElseThrow();
        MailboxEditorViewModel form = inboundForm();
        form.loginProperty().set("agent@contoso.onmicrosoft.com");
        dialogs.inDetectServers(window -> {
            window.detect();
            return window.candidates().stream().filter(c -> c.protocol() == Protocol.POP3).findFirst();
        });

        form.detectServers();

        assertThat(store.findAll()).isEqualTo(before);
        assertThat(form.endpoint().serverProperty().get()).isEqualTo(pop3Preset);
    }

    @Test
    void cancellingStoresNothingAndLeavesTheFormAlone() {
        List<MailServer> before = store.findAll();
        MailboxEditorViewModel form = inboundForm();
        MailServer shown = form.endpoint().serverProperty().get();
        form.loginProperty().set("orders");
        dialogs.inDetectServers(window -> {
            window.addressProperty().set("agent@example.test");
            window.detect();
            return Optional.empty();
        });

        form.detectServers();

        assertThat(dialogs.lastDetection.addressProperty().get()).isEqualTo("agent@example.test");
        assertThat(store.findAll()).isEqualTo(before);
        assertThat(form.endpoint().serverProperty().get()).isEqualTo(shown);
    }

    @Test
    void theOutboundFormStartsFromTheFromAddressAndOffersSmtpOnly() {
        MailboxEditorViewModel form = MailboxEditorViewModel.forNew(Direction.OUTBOUND, store.findAll(), name -> false)
                .withServerDetection(detection);
        form.loginProperty().set("agent");
        form.fromAddressProperty().set("support@example.test");
        dialogs.inDetectServers(window -> {
            window.detect();
            return pick(window, "smtp.example.test");
        });

        form.detectServers();

        assertThat(dialogs.lastDetection.scope()).isEqualTo(DetectScope.OUTBOUND);
        assertThat(dialogs.lastDetection.addressProperty().get()).isEqualTo("support@example.test");
        assertThat(form.endpoint().serverProperty().get().host()).isEqualTo("smtp.example.test");
        assertThat(form.endpoint().serverProperty().get().protocol()).isEqualTo(Protocol.SMTP);
    }

    @Test
    void theManagerAddsTheChosenServerAndSelectsIt() {
        MailServersViewModel manager = new MailServersViewModel(new MailServers(database, store, new WorkspaceEvents()), new DirectBackground(), detection, dialogs);
        manager.load();
        int listed = manager.servers().size();
        dialogs.inDetectServers(window -> {
            window.addressProperty().set("agent@example.test");
            window.detect();
            return pick(window, "smtp.example.test");
        });

        manager.detectServers();

        assertThat(dialogs.lastDetection.scope()).isEqualTo(DetectScope.ALL);
        assertThat(manager.servers()).hasSize(listed + 1);
        assertThat(manager.selectedProperty().get().host()).isEqualTo("smtp.example.test");
        assertThat(manager.hostProperty().get()).isEqualTo("smtp.example.test");
        assertThat(manager.messageProperty().get()).startsWith("Added smtp.example.test:587");

        manager.detectServers();

        assertThat(manager.servers()).hasSize(listed + 1);
        assertThat(manager.messageProperty().get()).endsWith("was already in the list.");
    }

    @Test
    void theFormTakesTheLoginFromTheFilesTemplateAndShowsHowToSignIn() throws IOException {
        copyToIspdb("localpart.test");
        MailboxEditorViewModel form = inboundForm();
        form.loginProperty().set("bob.smith@localpart.test");
        dialogs.inDetectServers(window -> {
            window.detect();
            return pick(window, "imap.localpart.test");
        });

        form.detectServers();

        assertThat(form.endpoint().serverProperty().get().host()).isEqualTo("imap.localpart.test");
        assertThat(form.loginProperty().get()).as("the file's <username> is %EMAILLOCALPART%").isEqualTo("bob.smith");
        assertThat(form.endpoint().signInNoteProperty().get())
                .contains("Login: bob.smith (the part of the address before @)")
                .contains("Sign-in: password (sent inside the encrypted connection)")
                .contains("Before the first sign-in: Enable IMAP access in the web mail settings first.");

        form.endpoint().serverProperty().set(form.endpoint().serverChoices().get(0));

        assertThat(form.endpoint().signInNoteProperty().get()).as("another server: the note was about the detected one").isEmpty();
    }

    @Test
    void theManagerShowsTheLoginAndTheWarningOfAnOAuthOnlyProvider() throws IOException {
        copyToIspdb("hotmail.com.xml");
        MailServersViewModel manager = new MailServersViewModel(new MailServers(database, store, new WorkspaceEvents()),
                new DirectBackground(), detection, dialogs);
        manager.load();
        dialogs.inDetectServers(window -> {
            window.addressProperty().set("desk@hotmail.com");
            window.detect();
            return pick(window, "smtp-mail.outlook.com");
        });

        manager.detectServers();

        assertThat(manager.hostProperty().get()).isEqualTo("smtp-mail.outlook.com");
        assertThat(manager.signInNoteProperty().get())
                .startsWith("This server signs in with OAuth 2.0 only: a login with a password will fail.")
                .contains("Login: desk@hotmail.com (the whole address)")
                .contains("Allow devices and apps to use POP");
    }

    private void copyToIspdb(String resource) throws IOException {
        java.nio.file.Files.createDirectories(ispdb);
        try (java.io.InputStream in = org.mailroom.detect.Candidate.class.getResourceAsStream(resource)) {
            java.nio.file.Files.copy(in, ispdb.resolve(resource));
        }
    }

    private MailboxEditorViewModel inboundForm() {
        return MailboxEditorViewModel.forNew(Direction.INBOUND, store.findAll(), name -> false)
                .withServerDetection(detection);
    }

    private static Optional<Candidate> pick(DetectServersViewModel window, String host) {
        return window.candidates().stream().filter(c -> c.host().equals(host)).findFirst();
    }
}
