package org.mailroom.ui.fromaddresses;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.AttributeFolder;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.domain.FromAddress;
import org.mailroom.service.FromAddresses;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.store.BusinessAttributeStore;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.testing.BothBackends;
import org.mailroom.testing.DirectBackground;
import org.mailroom.testing.ScriptedDialogs;
import org.mailroom.testing.SteppedBackground;
import org.mailroom.testing.TempWorkspace;

/**
 * Two admins on one workspace, Manage Email Addresses open in one Mailroom: the other's changes reach it as the team
 * follower publishes them, but not under a Display name being typed; a refused Display name offers Reload and Compare.
 */
@BothBackends
class FromAddressesFollowTest {

    private static final WorkspaceEvents.Change OTHERS_COMMIT = new WorkspaceEvents.WorkspaceChanged();

    private final TempWorkspace workspace;
    private final WorkspaceDatabase other;
    private BusinessAttribute attribute;
    private FromAddress sales;
    private BusinessAttributeStore theirs;
    private FromAddressesViewModel manager;
    private DisplayNameEdits edits;

    FromAddressesFollowTest(TempWorkspace workspace) {
        this.workspace = workspace;
        this.other = workspace.location() instanceof WorkspaceLocation.TeamServer ? workspace.openAnother() : workspace.database();
    }

    @BeforeEach
    void openTheManagerOnAValue() {
        FromAddresses mine = new FromAddresses(workspace.database(), workspace.attributes(), new WorkspaceEvents());
        AttributeFolder folder = mine.addFolder(AttributeFolder.draft("Email"));
        attribute = mine.addAttributeAndChoose(BusinessAttribute.draft(folder.id(), "From"));
        sales = mine.addValue(FromAddress.draft(attribute.id(), "sales@contoso.com", "Contoso Sales"));
        manager = new FromAddressesViewModel(mine, new DirectBackground(), new ScriptedDialogs(), "support@contoso.com");
        manager.load();
        edits = manager.displayNameEdits();
        theirs = new BusinessAttributeStore(other);
        theirs.values(attribute);
    }

    @AfterEach
    void closeTheSecondClient() {
        if (other != workspace.database()) {
            other.close();
        }
    }

    @Test
    void anotherAdminsChangeIsShownAndTheNextDisplayNameGoesOverIt() {
        theirs.updateDisplayName(sales.withDisplayName("Sales team"));
        theirs.addValue(FromAddress.draft(attribute.id(), "care@contoso.com", "Care"));
        manager.follow(OTHERS_COMMIT);

        assertThat(manager.fromAddresses()).extracting(FromAddress::displayName).containsExactlyInAnyOrder("Sales team", "Care");

        manager.changeDisplayName(shown("sales@contoso.com"), "Contoso Sales EMEA");
        assertThat(theirs.findValue(sales.id())).hasValueSatisfying(stored -> assertThat(stored.displayName()).isEqualTo("Contoso Sales EMEA"));
        assertThat(edits.conflict().openProperty().get()).isFalse();
    }

    @Test
    void aDisplayNameBeingTypedHoldsOthersChangesBackThenItsSaveIsRefusedAndReloadShowsTheirs() {
        edits.editing().set(shown("sales@contoso.com"));
        theirs.updateDisplayName(sales.withDisplayName("Sales team"));
        manager.follow(OTHERS_COMMIT);
        assertThat(manager.fromAddresses()).extracting(FromAddress::displayName).as("not under the typing").containsExactly("Contoso Sales");

        manager.changeDisplayName(shown("sales@contoso.com"), "Contoso Sales EMEA");
        edits.committed();
        assertThat(manager.messageProperty().get()).contains("changed 'sales@contoso.com' on ").contains("your changes were not saved");
        assertThat(theirs.findValue(sales.id())).hasValueSatisfying(stored -> assertThat(stored.displayName()).isEqualTo("Sales team"));
        assertThat(edits.conflict().openProperty().get()).isTrue();
        edits.conflict().compare();
        assertThat(edits.conflict().comparisonProperty().get()).isEqualTo("Display name: yours Contoso Sales EMEA \u00b7 theirs Sales team");

        edits.conflict().reload();
        assertThat(manager.fromAddresses()).extracting(FromAddress::displayName).containsExactly("Sales team");
        assertThat(manager.messageProperty().get())
                .isEqualTo("The table shows sales@contoso.com as stored now; a Display name you type next goes over this version.");

        manager.changeDisplayName(shown("sales@contoso.com"), "Contoso Sales EMEA");
        assertThat(theirs.findValue(sales.id())).hasValueSatisfying(stored -> assertThat(stored.displayName()).isEqualTo("Contoso Sales EMEA"));
    }

    @Test
    void theChangesHeldBackAreReadOnceTheTypingIsGivenUp() {
        edits.editing().set(shown("sales@contoso.com"));
        theirs.updateDisplayName(sales.withDisplayName("Sales team"));
        manager.follow(OTHERS_COMMIT);
        edits.editing().set(null);

        assertThat(manager.fromAddresses()).extracting(FromAddress::displayName).containsExactly("Sales team");
    }

    @Test
    void aValueDeletedByAnotherAdminIsNamedAndADisplayNameTypedForItGoesToTheNewValueFields() {
        manager.selectedValueProperty().set(shown("sales@contoso.com"));
        theirs.deleteValue(sales);
        manager.follow(OTHERS_COMMIT);
        assertThat(manager.messageProperty().get()).isEqualTo("Another admin deleted sales@contoso.com.");
        assertThat(manager.fromAddresses()).isEmpty();

        FromAddress care = theirs.addValue(FromAddress.draft(attribute.id(), "care@contoso.com", "Care"));
        manager.follow(OTHERS_COMMIT);
        edits.editing().set(shown("care@contoso.com"));
        theirs.deleteValue(care);
        manager.changeDisplayName(care, "Contoso Care");
        edits.committed();

        assertThat(manager.messageProperty().get()).isEqualTo("'care@contoso.com' was deleted by another admin after you started editing it, "
                + "so your changes were not saved. Its Name and the Display name you typed are in the fields below: Add address puts it back.");
        assertThat(manager.newValue().address().get()).isEqualTo("care@contoso.com");
        assertThat(manager.newValue().displayName().get()).isEqualTo("Contoso Care");
        manager.addValue();
        assertThat(theirs.values(attribute)).extracting(FromAddress::displayName).containsExactly("Contoso Care");
    }

    /**
     * The window's own Add folder and a read of others' change race: the read was taken before the new folder was
     * shown and comes back after it. The new folder stays selected (the stale read is read again from it).
     */
    @Test
    void aReadOfOthersChangeThatStartedBeforeTheWindowsOwnAddDoesNotUndoIt() {
        SteppedBackground background = new SteppedBackground();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        FromAddresses mine = new FromAddresses(workspace.database(), workspace.attributes(), new WorkspaceEvents());
        FromAddressesViewModel window = new FromAddressesViewModel(mine, background, dialogs, "");
        window.load();
        background.runAll();
        assertThat(window.folderProperty().get().name()).isEqualTo("Email");

        dialogs.textAnswers.add("Chat");
        window.addFolder();
        var add = background.next();
        window.follow(OTHERS_COMMIT);
        var othersRead = background.next();
        add.work();
        othersRead.work();
        add.deliver();
        othersRead.deliver();
        background.runAll();

        assertThat(window.folderProperty().get().name()).isEqualTo("Chat");
        assertThat(window.folders()).extracting(AttributeFolder::name).containsExactlyInAnyOrder("Email", "Chat");
    }

    private FromAddress shown(String address) {
        return manager.fromAddresses().stream().filter(value -> value.address().equals(address)).findFirst().orElseThrow();
    }
}
