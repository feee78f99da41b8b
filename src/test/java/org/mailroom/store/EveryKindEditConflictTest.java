package org.mailroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.AttributeFolder;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.domain.Cloud;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.EditConflictException;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.ItemVersion;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.testing.BothBackends;
import org.mailroom.testing.TempWorkspace;

/**
 * Two admins edit the same item of every kind besides mailboxes ({@link EditConflictTest}): a mail server entry, an
 * application, an app registration, a From address (Business Attribute value), a certificate pin. The second save,
 * started before the first was saved, is refused with who changed what (named as stored now) and when; the first
 * admin's change stays.
 */
@BothBackends
class EveryKindEditConflictTest {

    private static final String GUID = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
    private static final String ME = System.getProperty("user.name");

    private final TempWorkspace workspace;
    private final WorkspaceDatabase other;

    EveryKindEditConflictTest(TempWorkspace workspace) {
        this.workspace = workspace;
        this.other = workspace.location() instanceof WorkspaceLocation.TeamServer ? workspace.openAnother() : workspace.database();
    }

    @AfterEach
    void closeTheSecondClient() {
        if (other != workspace.database()) {
            other.close();
        }
    }

    @Test
    void aMailServerEntry() {
        MailServerStore first = workspace.servers();
        MailServerStore second = new MailServerStore(other);
        MailServer entry = first.add(MailServer.draft("imap.contoso.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS));
        second.findAll();
        ItemVersion startedFrom = second.versionSeen(entry.id());

        first.update(new MailServer(entry.id(), "imap.first.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS));
        MailServer mine = new MailServer(entry.id(), "imap.second.com", 143, Protocol.IMAP, ConnectionSecurity.STARTTLS);

        assertThatThrownBy(() -> second.update(mine, startedFrom)).isInstanceOfSatisfying(EditConflictException.class, conflict -> {
            assertRefusedWords(conflict, "imap.first.com:993");
            assertThat(conflict.current(MailServer.class)).hasValueSatisfying(theirs -> assertThat(theirs.host()).isEqualTo("imap.first.com"));
        });
        assertThat(first.find(entry.id())).hasValueSatisfying(stored -> assertThat(stored.host()).isEqualTo("imap.first.com"));

        second.update(mine, second.versionSeen(entry.id()));
        assertThat(first.find(entry.id())).hasValueSatisfying(stored -> assertThat(stored.host()).isEqualTo("imap.second.com"));
    }

    @Test
    void anApplication() {
        ApplicationStore first = workspace.applications();
        ApplicationStore second = new ApplicationStore(other);
        DigitalApplication email = first.add(DigitalApplication.draft("Email"));
        second.findAll();
        ItemVersion startedFrom = second.versionSeen(email.id());

        first.update(email.renamed("Email EMEA"));

        assertThatThrownBy(() -> second.update(email.withStream(true), startedFrom)).isInstanceOfSatisfying(EditConflictException.class,
                conflict -> {
                    assertRefusedWords(conflict, "Email EMEA");
                    assertThat(conflict.current(DigitalApplication.class)).hasValueSatisfying(theirs ->
                            assertThat(theirs.name()).isEqualTo("Email EMEA"));
                });
        assertThat(first.find(email.id())).hasValueSatisfying(stored -> {
            assertThat(stored.name()).isEqualTo("Email EMEA");
            assertThat(stored.streamEnabled()).isFalse();
        });
    }

    @Test
    void anAppRegistration() {
        OAuthStore first = workspace.oauth();
        OAuthStore second = new OAuthStore(other);
        StoredRegistration stored = first.save(0, registration("contoso.onmicrosoft.com"));
        second.registrations();
        ItemVersion startedFrom = second.versionSeen(stored.id());

        first.save(stored.id(), registration("first.onmicrosoft.com"));

        assertThatThrownBy(() -> second.save(stored.id(), registration("second.onmicrosoft.com"), startedFrom))
                .isInstanceOfSatisfying(EditConflictException.class, conflict -> {
                    assertRefusedWords(conflict, "Mailroom");
                    assertThat(conflict.current(StoredRegistration.class)).hasValueSatisfying(theirs ->
                            assertThat(theirs.registration().tenant()).isEqualTo("first.onmicrosoft.com"));
                });
        assertThat(first.registrations()).singleElement().satisfies(r -> assertThat(r.registration().tenant()).isEqualTo("first.onmicrosoft.com"));
    }

    @Test
    void aFromAddressesDisplayName() {
        BusinessAttributeStore first = workspace.attributes();
        BusinessAttributeStore second = new BusinessAttributeStore(other);
        AttributeFolder folder = first.addFolder(AttributeFolder.draft("Email"));
        BusinessAttribute attribute = first.addAttribute(BusinessAttribute.draft(folder.id(), "From"));
        FromAddress sales = first.addValue(FromAddress.draft(attribute.id(), "sales@contoso.com", "Sales"));
        second.values(attribute);
        ItemVersion startedFrom = second.versionSeen(sales);

        first.updateDisplayName(sales.withDisplayName("Contoso Sales"));

        assertThatThrownBy(() -> second.updateDisplayName(sales.withDisplayName("Sales team"), startedFrom))
                .isInstanceOfSatisfying(EditConflictException.class, conflict -> {
                    assertRefusedWords(conflict, "sales@contoso.com");
                    assertThat(conflict.current(FromAddress.class)).hasValueSatisfying(theirs ->
                            assertThat(theirs.displayName()).isEqualTo("Contoso Sales"));
                });
        assertThat(first.values(attribute)).singleElement().extracting(FromAddress::displayName).isEqualTo("Contoso Sales");
    }

    @Test
    void aCertificatePin() {
        MailServer entry = workspace.servers().add(MailServer.draft("imap.contoso.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS));
        CertificatePinStore first = workspace.certificatePins();
        CertificatePinStore second = new CertificatePinStore(other);
        assertThat(second.pinOf(entry)).isEmpty();
        ItemVersion startedFrom = second.versionSeen(entry);

        first.pin(entry, "aa".repeat(32));

        assertThatThrownBy(() -> second.pin(entry, "bb".repeat(32), startedFrom)).isInstanceOfSatisfying(EditConflictException.class,
                conflict -> {
                    assertRefusedWords(conflict, "imap.contoso.com:993");
                    assertThat(conflict.current(String.class)).hasValue("aa".repeat(32));
                });
        assertThat(first.pinOf(entry)).hasValue("aa".repeat(32));

        second.pin(entry, "bb".repeat(32), second.versionSeen(entry));
        assertThat(first.pinOf(entry)).hasValue("bb".repeat(32));
    }

    @Test
    void aSaveOfAnItemAnotherAdminDeletedIsRefusedInWords() {
        ApplicationStore first = workspace.applications();
        ApplicationStore second = new ApplicationStore(other);
        DigitalApplication email = first.add(DigitalApplication.draft("Email"));
        second.findAll();
        ItemVersion startedFrom = second.versionSeen(email.id());
        first.delete(email);

        assertThatThrownBy(() -> second.update(email.renamed("Email EMEA"), startedFrom)).isInstanceOf(EditConflictException.class)
                .hasMessage("'Email EMEA' was deleted by another admin after you started editing it, so your changes were not saved.");
        assertThat(first.findAll().byId()).isEmpty();
    }

    private static void assertRefusedWords(EditConflictException conflict, String name) {
        assertThat(conflict.getMessage()).startsWith(ME + " changed '" + name + "' on ")
                .endsWith("after you started editing it, so your changes were not saved (they are still in the form).");
    }

    private static AzureAppRegistration registration(String tenant) {
        return new AzureAppRegistration("Mailroom", GUID, tenant, Cloud.GLOBAL, AccountType.SINGLE_TENANT, GrantType.PASSWORD,
                Set.of(OAuthProtocol.IMAP));
    }
}
