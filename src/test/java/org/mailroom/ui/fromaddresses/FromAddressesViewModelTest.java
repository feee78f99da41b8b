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
        assertThat(viewModel.workspaceOption().get()).contains("$EMAILSERVER$");
        viewModel.addAttribute();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Select or create a Business Attribute folder first.");

        dialogs.textAnswers.add("Email");
        viewModel.addFolder();
        dialogs.textAnswers.add("FromAddresses");
        viewModel.addAttribute();
        assertThat(viewModel.attributeProperty().get().name()).isEqualTo("FromAddresses");
        assertThat(viewModel.workspaceOption().get())
                .startsWith("Set the Agent Workspace option interaction-workspace / email.from-addresses = FromAddresses.");

        viewModel.newAddressProperty().set("sales@contoso.com");
        viewModel.newDisplayNameProperty().set("Contoso Sales");
        viewModel.addValue();
        viewModel.newAddressProperty().set("care@fabrikam.com");
        viewModel.newDisplayNameProperty().set("Fabrikam Care");
        viewModel.addValue();

        assertThat(viewModel.fromAddresses()).extracting(FromAddress::agentLabel)
                .containsExactly("Fabrikam Care <care@fabrikam.com>", "Contoso Sales <sales@contoso.com>");
        assertThat(viewModel.describe(viewModel.fromAddresses().get(0))).contains("Send As or Send on Behalf");
        assertThat(viewModel.describe(viewModel.fromAddresses().get(1))).isEqualTo("Contoso Sales <sales@contoso.com>");
        assertThat(store.fromAddresses()).hasSize(2);
        assertThat(viewModel.newAddressProperty().get()).isEmpty();
    }

    @Test
    void badValuesAreRefusedWithTheRuleAndNothingIsSaved() {
        dialogs.textAnswers.add("Email");
        viewModel.addFolder();
        dialogs.textAnswers.add("FromAddresses");
        viewModel.addAttribute();

        viewModel.newAddressProperty().set("not an address");
        viewModel.newDisplayNameProperty().set("X");
        assertThat(viewModel.valueValidProperty().get()).isFalse();
        viewModel.addValue();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Name: a valid email address such as support@contoso.com");

        viewModel.newAddressProperty().set("sales@contoso.com");
        viewModel.newDisplayNameProperty().set("");
        viewModel.addValue();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Display name: required");

        viewModel.newDisplayNameProperty().set("Sales");
        viewModel.addValue();
        viewModel.newAddressProperty().set("SALES@contoso.com");
        viewModel.newDisplayNameProperty().set("Again");
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
        viewModel.newAddressProperty().set("sales@contoso.com");
        viewModel.newDisplayNameProperty().set("Sales");
        viewModel.addValue();

        viewModel.deleteFolder();
        assertThat(viewModel.messageProperty().get()).contains("the folder holds the Business Attributes FromAddresses");

        viewModel.deleteAttribute();
        assertThat(dialogs.questions).last().asString().isEqualTo("Delete the Business Attribute 'FromAddresses' and its address?");
        assertThat(viewModel.attributes()).isEmpty();
        assertThat(store.fromAttribute()).isEmpty();
    }
}
