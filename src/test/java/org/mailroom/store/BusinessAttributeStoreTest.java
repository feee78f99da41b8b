package org.mailroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.AttributeFolder;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.BothBackends;
import org.mailroom.testing.Workspaces;

@BothBackends
class BusinessAttributeStoreTest {

    private TempWorkspace workspace;
    private BusinessAttributeStore store;
    private AttributeFolder email;
    private BusinessAttribute addresses;

    @BeforeEach
    void open(TempWorkspace workspace) {
        this.workspace = workspace;
        store = workspace.attributes();
        email = store.addFolder(AttributeFolder.draft("Email"));
        addresses = store.addAttribute(BusinessAttribute.draft(email.id(), "FromAddresses"));
    }

    @Test
    void roundTripAcrossAReopen() {
        FromAddress sales = store.addValue(FromAddress.draft(addresses.id(), "sales@contoso.com", "Contoso Sales"));
        store.chooseFromAttribute(addresses);

        store = new BusinessAttributeStore(workspace.reopen());

        assertThat(store.folders()).containsExactly(email);
        assertThat(store.attributes(email)).containsExactly(addresses);
        assertThat(store.fromAttribute()).contains(addresses);
        assertThat(store.fromAddresses()).containsExactly(sales);
    }

    @Test
    void valueNamesAreUniqueWithinTheirAttributeIgnoringCase() {
        store.addValue(FromAddress.draft(addresses.id(), "sales@contoso.com", "Sales"));
        assertThatThrownBy(() -> store.addValue(FromAddress.draft(addresses.id(), "SALES@contoso.com", "Other")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Name: 'SALES@contoso.com' is already there (names are compared ignoring case)");
        BusinessAttribute other = store.addAttribute(BusinessAttribute.draft(email.id(), "Other"));
        store.addValue(FromAddress.draft(other.id(), "sales@contoso.com", "Sales"));
        assertThat(store.values(addresses)).hasSize(1);
    }

    @Test
    void aSavedValueKeepsItsNameButMayChangeItsDisplayName() {
        FromAddress sales = store.addValue(FromAddress.draft(addresses.id(), "sales@contoso.com", "Sales"));
        store.updateDisplayName(sales.withDisplayName("Contoso Sales"));
        assertThat(store.values(addresses)).extracting(FromAddress::displayName).containsExactly("Contoso Sales");

        FromAddress renamed = new FromAddress(sales.id(), addresses.id(), "other@contoso.com", "Sales");
        assertThatThrownBy(() -> store.updateDisplayName(renamed)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("a saved value cannot be renamed");
        assertThat(store.values(addresses)).extracting(FromAddress::address).containsExactly("sales@contoso.com");
    }

    @Test
    void aFolderHoldingAttributesIsNotDeleted() {
        assertThatThrownBy(() -> store.deleteFolder(email)).isInstanceOf(RuleViolationException.class)
                .hasMessage("Email: the folder holds the Business Attributes FromAddresses; delete them first");
        store.deleteAttribute(addresses);
        store.deleteFolder(email);
        assertThat(store.folders()).isEmpty();
    }

    @Test
    void deletingTheFromAttributeDeletesItsValuesAndGoesBackToTheEmailServer() {
        store.addValue(FromAddress.draft(addresses.id(), "sales@contoso.com", "Sales"));
        store.chooseFromAttribute(addresses);

        store.deleteAttribute(addresses);

        assertThat(store.fromAttribute()).isEmpty();
        assertThat(store.fromAddresses()).isEmpty();
    }

    @Test
    void theOutboundMailboxesAddressCannotBeDeletedFromUnderIt() {
        FromAddress support = store.addValue(FromAddress.draft(addresses.id(), "Support@contoso.com", "Support"));
        workspace.mailboxes().add(OutboundMailbox.draft("support@contoso.com", "relay", Workspaces.smtpPreset(workspace.servers())));

        assertThatThrownBy(() -> store.deleteValue(support)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("the outbound mailbox smtp-client sends from this address");
        assertThatThrownBy(() -> store.deleteAttribute(addresses)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("sends from support@contoso.com, one of its values");
        assertThat(store.values(addresses)).containsExactly(support);
    }
}
