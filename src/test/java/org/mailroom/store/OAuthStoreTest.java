package org.mailroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.domain.Cloud;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthLink;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.BothBackends;
import org.mailroom.testing.Workspaces;

@BothBackends
class OAuthStoreTest {

    static final AzureAppRegistration CONTOSO = new AzureAppRegistration("Contoso mail", "{1B2C3D4E-0000-4000-8000-00000000ABCD}",
            "contoso.onmicrosoft.com", Cloud.GLOBAL, AccountType.SINGLE_TENANT, GrantType.PASSWORD, Set.of(OAuthProtocol.IMAP));

    private TempWorkspace workspace;
    private OAuthStore store;
    private Mailbox sales;

    @BeforeEach
    void open(TempWorkspace workspace) {
        this.workspace = workspace;
        store = workspace.oauth();
        sales = workspace.mailboxes().add(InboundMailbox.draft("sales", 5, "sales", Workspaces.imapPreset(workspace.servers())));
    }

    @Test
    void registrationsAreStoredNormalizedAndLinkedToMailboxes() {
        StoredRegistration saved = store.save(0, CONTOSO);
        assertThat(saved.registration().clientId()).isEqualTo("1b2c3d4e-0000-4000-8000-00000000abcd");
        store.link(sales, saved, true);

        store = new OAuthStore(workspace.reopen());

        assertThat(store.registrations()).containsExactly(saved);
        assertThat(store.links()).containsEntry(sales.id(), new OAuthLink(sales.id(), saved.id(), true));
    }

    @Test
    void aBrokenRegistrationIsRefusedAndNothingIsStored() {
        AzureAppRegistration common = new AzureAppRegistration("X", "not-a-guid", "common", Cloud.GERMANY,
                AccountType.MULTI_TENANT, GrantType.PASSWORD, Set.of(OAuthProtocol.IMAP));
        assertThatThrownBy(() -> store.save(0, common)).isInstanceOf(RuleViolationException.class);
        assertThat(store.registrations()).isEmpty();
    }

    @Test
    void deletingARegistrationPutsItsMailboxesBackOnPasswords() {
        StoredRegistration saved = store.save(0, CONTOSO);
        store.link(sales, saved, false);
        store.delete(saved);
        assertThat(store.links()).isEmpty();
    }

    @Test
    void settingsKeepTheLatestValue() {
        assertThat(store.setting("wizard")).isEmpty();
        store.saveSetting("wizard", "{\"page\":1}");
        store.saveSetting("wizard", "{\"page\":3}");
        assertThat(store.setting("wizard")).contains("{\"page\":3}");
    }

    @Test
    void theWholeWorkspaceReadsInOneGo() {
        StoredRegistration saved = store.save(0, CONTOSO);
        store.link(sales, saved, true);
        WorkspaceContent content = WorkspaceContent.read(workspace.database());
        assertThat(content.mailboxes()).containsExactly(sales);
        assertThat(content.servers()).hasSize(3);
        assertThat(content.registrations()).containsExactly(saved);
        assertThat(content.oauthLinks()).containsKey(sales.id());
        assertThat(content.fromAttribute()).isEmpty();
    }
}
