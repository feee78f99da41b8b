package org.mailroom.ui.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.testing.FxWait.waitUntil;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailroom.AppPaths;
import org.mailroom.Mailroom;
import org.mailroom.detect.Candidate;
import org.mailroom.detect.DetectionSettings;
import org.mailroom.domain.MailServer;
import org.mailroom.testing.LoopbackDnsServer;
import org.mailroom.testing.MainWindowTestBase;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Add Mailbox ▸ Inbound ▸ Detect from address, headless. Exchange Online's presets need no network; DNS is the
 * loopback test server and every probe meets a closed loopback port, so detection ends at once.
 */
class DetectServersWindowTest extends MainWindowTestBase {

    private static LoopbackDnsServer dns;

    @BeforeAll
    static void startDns() throws IOException {
        dns = new LoopbackDnsServer();
    }

    @AfterAll
    static void stopDns() {
        dns.close();
    }

    /** Detection stays on this machine: DNS on loopback, every probe to a closed loopback port. */
    @Override
    protected Mailroom open() throws IOException {
        int closedPort = closedLoopbackPort();
        DetectionSettings offline = DetectionSettings.defaults(folder.resolve("ispdb"))
                .withDnsServer(dns.address())
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(4))
                .withProbeTarget((host, port) -> new InetSocketAddress("127.0.0.1", closedPort));
        return Mailroom.open(new AppPaths(folder.resolve("ws-" + System.nanoTime())), offline);
    }

    @Test
    void detectFromTheInboundFormAndUseACandidate(FxRobot robot) {
        robot.clickOn("#addMenu").clickOn("#addInbound");
        robot.clickOn("#nameField").write("support");
        robot.clickOn("#loginField").write("someone@contoso.onmicrosoft.com");
        robot.clickOn("#passwordField").write("pw");
        @SuppressWarnings("unchecked")
        ComboBox<MailServer> serverChoice = robot.lookup("#serverChoice").queryAs(ComboBox.class);

        robot.clickOn("#detectFromAddressButton");
        waitUntil(() -> robot.lookup("#emailAddressField").tryQuery().isPresent());
        assertThat(robot.lookup("#emailAddressField").queryAs(TextField.class).getText())
                .isEqualTo("someone@contoso.onmicrosoft.com");
        Button use = robot.lookup("#useServerButton").queryButton();
        assertThat(use.isDisabled()).as("nothing picked yet").isTrue();

        robot.clickOn("#detectButton");
        @SuppressWarnings("unchecked")
        TableView<Candidate> table = robot.lookup("#candidateTable").queryAs(TableView.class);
        Label status = robot.lookup("#detectionStatus").queryAs(Label.class);
        // "found in": the detection ended by itself, before its 4 s budget ("... before detection stopped")
        waitUntil(() -> status.getText().startsWith("2 servers found in "));
        assertThat(table.getItems()).extracting(Candidate::label).containsExactly(
                "outlook.office365.com:993 · IMAP · SSL/TLS", "outlook.office365.com:995 · POP3 · SSL/TLS");
        assertThat(robot.lookup("#detectionNotes").queryAs(Label.class).getText()).isEmpty();

        robot.clickOn("outlook.office365.com:995");
        assertThat(use.isDisabled()).isFalse();
        assertThat(robot.lookup("#detailLabel").queryAs(Label.class).getText())
                .contains("This server signs in with OAuth 2.0 only")
                .contains("Login: someone@contoso.onmicrosoft.com (the whole address)");
        robot.clickOn(use);
        waitUntil(() -> robot.lookup("#candidateTable").tryQuery().isEmpty());
        waitUntil(() -> serverChoice.getValue() != null && serverChoice.getValue().port() == 995);
        assertThat(robot.lookup("#signInNote").queryAs(Label.class).getText())
                .startsWith("This server signs in with OAuth 2.0 only");

        robot.clickOn(robot.lookup(".dialog-pane .button").match((Node n) -> "OK".equals(((Button) n).getText()))
                .queryButton());
        waitUntil(() -> robot.lookup("#nameField").tryQuery().isEmpty());
        TableView<?> mailboxes = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> mailboxes.getItems().size() == 1);
    }

    private static int closedLoopbackPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

}
