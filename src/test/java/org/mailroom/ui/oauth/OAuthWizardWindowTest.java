package org.mailroom.ui.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.testing.FxWait.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.Mailbox;
import org.mailroom.testing.FakeIdentityProvider;
import org.mailroom.testing.MainWindowTestBase;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Walks the OAuth wizard's pages in the real window: Next is disabled until each page is valid. */
class OAuthWizardWindowTest extends MainWindowTestBase {

    @Test
    void walkAllPages(FxRobot robot) {
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        robot.clickOn("#loadSamples");
        waitUntil(() -> table.getItems().size() == 8);
        robot.clickOn("support@contoso.com");
        robot.clickOn("#oauthButton");
        waitUntil(() -> robot.lookup("#mailboxList").tryQuery().isPresent());

        // Page 1: the selected mailbox is chosen already; IMAP is on by default; the test mailbox is asked for.
        Button next = button(robot, "Next >");
        assertThat(next.isDisabled()).isTrue();
        assertThat(robot.lookup("#scopeProblem").queryLabeled().getText()).startsWith("Choose the test mailbox");
        @SuppressWarnings("unchecked")
        ComboBox<Mailbox> test = robot.lookup("#testMailboxChoice").queryAs(ComboBox.class);
        assertThat(test.getConverter().toString(test.getItems().get(0))).doesNotContain("Mailbox[").contains("  (");
        robot.interact(() -> test.setValue(test.getItems().stream().filter(m -> m.name().equals("support@contoso.com")).findFirst().orElseThrow()));
        waitUntil(() -> !next.isDisabled());
        CheckBox imap = robot.lookup("#imapBox").queryAs(CheckBox.class);
        robot.interact(imap::fire);
        assertThat(next.isDisabled()).isTrue(); // no protocol
        robot.interact(imap::fire);
        robot.clickOn(next);

        // Page 2: invalid values keep Next disabled; the cloud and account type read as words, not constants.
        assertThat(next.isDisabled()).isTrue();
        assertThat(shownIn(robot, "#cloudChoice")).isEqualTo("Global (login.microsoftonline.com)");
        assertThat(shownIn(robot, "#accountTypeChoice")).isEqualTo("Single tenant (this organization only)");
        robot.clickOn("#nameField").write("Contoso");
        robot.clickOn("#clientIdField").write("nope");
        assertThat(next.isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#clientIdField").queryTextInputControl().setText(FakeIdentityProvider.CLIENT));
        robot.interact(() -> robot.lookup("#tenantField").queryTextInputControl().setText("common"));
        assertThat(next.isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#tenantField").queryTextInputControl().setText("contoso.com"));
        assertThat(next.isDisabled()).isFalse();
        robot.clickOn(next);

        // Page 3: permissions and the manifest for IMAP with the password grant.
        assertThat(robot.lookup("#permissionsText").queryAs(TextArea.class).getText()).contains("IMAP.AccessAsUser.All");
        robot.clickOn(next);
        // Page 4: the mailbox settings, each a box to tick, with its PowerShell line.
        assertThat(robot.lookup("#checklistBox .command-line").queryAs(javafx.scene.control.TextField.class).getText())
                .contains("-ImapEnabled $true");
        javafx.scene.control.CheckBox imapEnabled = robot.lookup("#checklistBox .check-box").match(
                (javafx.scene.Node n) -> ((javafx.scene.control.CheckBox) n).getText().contains("IMAP")).queryAs(javafx.scene.control.CheckBox.class);
        robot.clickOn(imapEnabled);
        assertThat(imapEnabled.isSelected()).isTrue();
        robot.clickOn(next);
        // Page 5: verify (not run here: no identity provider), then the migration request.
        robot.clickOn(next);
        assertThat(robot.lookup("#migrationText").queryAs(TextArea.class).getText()).contains("support@contoso.com");
        Button finish = button(robot, "Finish");
        assertThat(next.isDisabled()).isTrue();
        robot.clickOn(finish);

        waitUntil(() -> robot.lookup("#mailboxList").tryQuery().isEmpty());
        waitUntil(() -> robot.lookup("OAuth 2.0 · Contoso (test mailbox)").tryQuery().isPresent());
    }

    /** What the drop-down shows for its value: its cells show what its converter says. */
    @SuppressWarnings("unchecked")
    private static String shownIn(FxRobot robot, String comboBox) {
        ComboBox<Object> choice = robot.lookup(comboBox).queryAs(ComboBox.class);
        return choice.getConverter().toString(choice.getValue());
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").match((Node n) -> text.equals(((Button) n).getText().replace("_", ""))).queryButton();
    }

}
