package org.mailroom.ui.fromaddresses;

import static org.assertj.core.api.Assertions.assertThat;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.service.FromAddresses;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.domain.FromAddress;
import org.mailroom.store.BusinessAttributeStore;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.testing.DirectBackground;
import org.mailroom.testing.ScriptedDialogs;

class FromAddressesViewModelTest {

    @TempDir
    Path folder;

    private WorkspaceDatabase database;
    private BusinessAttributeStore store;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private FromAddressesViewModel viewModel;

    @BeforeEach
    void open() {
        database = WorkspaceDatabase.open(folder);
        store = new BusinessAttributeStore(database);
        viewModel = new FromAddressesViewModel(new FromAddresses(database, store, new WorkspaceEvents()), new DirectBackground(), dialogs, "support@contoso.com");
        viewModel.load();
    }

    @AfterEach
    void close() {
        database.close();
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
