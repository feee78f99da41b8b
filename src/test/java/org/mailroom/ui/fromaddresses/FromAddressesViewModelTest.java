package org.mailroom.ui.fromaddresses;

import static org.assertj.core.api.Assertions.assertThat;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.service.FromAddresses;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailroom.domain.FromAddress;
import org.mailroom.store.BusinessAttributeStore;
import org.mailroom.testing.DirectBackground;
import org.mailroom.testing.ScriptedDialogs;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;

@ExtendWith(WorkspaceExtension.class)
class FromAddressesViewModelTest {

    private BusinessAttributeStore store;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private FromAddressesViewModel viewModel;

    @BeforeEach
    void open(TempWorkspace workspace) {
        store = workspace.attributes();
        viewModel = new FromAddressesViewModel(new FromAddresses(workspace.database(), store, new WorkspaceEvents()), new DirectBackground(), dialogs, "support@contoso.com");
        viewModel.load();
    }

    @Test
    void folderThenAttributeThenValuesAndThePreviewFollows() {
        assertThat(viewModel.agentPreview().workspaceOption().get()).contains("$EMAILSERVER$");
        viewModel.addAttribute();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Select or create a Business Attribute folder first.");

        dialogs.textAnswers.add("Email");
        viewModel.addFolder();
        dialogs.textAnswers.add("FromAddresses");
        viewModel.addAttribute();
        assertThat(viewModel.attributeProperty().get().name()).isEqualTo("FromAddresses");
        assertThat(viewModel.agentPreview().workspaceOption().get())
                .startsWith("Set the Agent Workspace option interaction-workspace / email.from-addresses = FromAddresses.");

        viewModel.newValue().address().set("sales@contoso.com");
        viewModel.newValue().displayName().set("Contoso Sales");
        viewModel.addValue();
        viewModel.newValue().address().set("care@fabrikam.com");
        viewModel.newValue().displayName().set("Fabrikam Care");
        viewModel.addValue();

        assertThat(viewModel.fromAddresses()).extracting(FromAddress::agentLabel)
                .containsExactly("Fabrikam Care <care@fabrikam.com>", "Contoso Sales <sales@contoso.com>");
        assertThat(viewModel.agentPreview().describe(viewModel.fromAddresses().get(0))).contains("Send As or Send on Behalf");
        assertThat(viewModel.agentPreview().describe(viewModel.fromAddresses().get(1))).isEqualTo("Contoso Sales <sales@contoso.com>");
        assertThat(store.fromAddresses()).hasSize(2);
        assertThat(viewModel.newValue().address().get()).isEmpty();
    }

    @Test
    void badValuesAreRefusedWithTheRuleAndNothingIsSaved() {
        dialogs.textAnswers.add("Email");
        viewModel.addFolder();
        dialogs.textAnswers.add("FromAddresses");
        viewModel.addAttribute();

        viewModel.newValue().address().set("not an address");
        viewModel.newValue().displayName().set("X");
        assertThat(viewModel.newValue().valid().get()).isFalse();
        viewModel.addValue();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Name: a valid email address such as support@contoso.com");

        viewModel.newValue().address().set("sales@contoso.com");
        viewModel.newValue().displayName().set("");
        viewModel.addValue();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Display name: required");

        viewModel.newValue().displayName().set("Sales");
        viewModel.addValue();
        viewModel.newValue().address().set("SALES@contoso.com");
        viewModel.newValue().displayName().set("Again");
        viewModel.addValue();
        assertThat(viewModel.messageProperty().get()).contains("is already there");
        assertThat(store.fromAddresses()).hasSize(1);
    }

    @Test
    void aFolderInUseIsRefusedAndAnAttributeIsDeletedWithItsValues() {
        dialogs.textAnswers.add("Email");
        viewModel.addFolder();
        dialogs.textAnswers.add("FromAddresses");
        viewModel.addAttribute();
        viewModel.newValue().address().set("sales@contoso.com");
        viewModel.newValue().displayName().set("Sales");
        viewModel.addValue();

        viewModel.deleteFolder();
        assertThat(viewModel.messageProperty().get()).contains("the folder holds the Business Attributes FromAddresses");

        viewModel.deleteAttribute();
        assertThat(dialogs.questions).last().asString().isEqualTo("Delete the Business Attribute 'FromAddresses' and its address?");
        assertThat(viewModel.attributes()).isEmpty();
        assertThat(store.fromAttribute()).isEmpty();
    }

    @Test
    void aRefusedDuplicateKeepsTheFieldsAndTheDisabledAddSaysWhy() {
        withAttribute();
        assertThat(viewModel.newValue().problem().get()).isEmpty(); // nothing typed, nothing to explain
        viewModel.newValue().address().set("sales@contoso.com");
        assertThat(viewModel.newValue().problem().get()).isEqualTo("Display name: required");
        viewModel.newValue().displayName().set("Sales");
        assertThat(viewModel.newValue().problem().get()).isEmpty();
        viewModel.addValue();

        viewModel.newValue().address().set("SALES@contoso.com");
        viewModel.newValue().displayName().set("Sales again");
        viewModel.addValue();

        assertThat(viewModel.messageProperty().get()).contains("is already there");
        assertThat(viewModel.newValue().address().get()).isEqualTo("SALES@contoso.com");
        assertThat(viewModel.newValue().displayName().get()).isEqualTo("Sales again");
    }

    @Test
    void aDisplayNameIsEditedInPlaceAndABlankOneIsRefused() {
        withAttribute();
        viewModel.newValue().address().set("sales@contoso.com");
        viewModel.newValue().displayName().set("Sales");
        viewModel.addValue();

        viewModel.changeDisplayName(viewModel.fromAddresses().get(0), "Contoso Sales");
        assertThat(store.fromAddresses()).extracting(FromAddress::displayName).containsExactly("Contoso Sales");

        viewModel.changeDisplayName(viewModel.fromAddresses().get(0), "  ");
        assertThat(viewModel.messageProperty().get()).isEqualTo("Display name: required");
        assertThat(store.fromAddresses()).extracting(FromAddress::displayName).containsExactly("Contoso Sales");
    }

    @Test
    void deletingAnAddressAsksFirstAndCancelKeepsIt() {
        withAttribute();
        viewModel.newValue().address().set("sales@contoso.com");
        viewModel.newValue().displayName().set("Sales");
        viewModel.addValue();
        viewModel.selectedValueProperty().set(viewModel.fromAddresses().get(0));

        dialogs.confirmAnswer = false;
        viewModel.deleteValue();
        assertThat(dialogs.questions).last().asString().startsWith("Delete sales@contoso.com?");
        assertThat(store.fromAddresses()).hasSize(1);

        dialogs.confirmAnswer = true;
        viewModel.deleteValue();
        assertThat(store.fromAddresses()).isEmpty();
    }

    private void withAttribute() {
        dialogs.textAnswers.add("Email");
        viewModel.addFolder();
        dialogs.textAnswers.add("FromAddresses");
        viewModel.addAttribute();
    }
}
