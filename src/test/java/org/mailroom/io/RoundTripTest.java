package org.mailroom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.SecretRef;
import org.mailroom.io.ImportConflict.Kind;
import org.mailroom.io.ImportConflict.Resolution;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.Secrets;
import org.mailroom.secrets.Vault;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;
import org.mailroom.testing.WorkspaceName;

@ExtendWith(WorkspaceExtension.class)
class RoundTripTest {

    private Path folder;
    private WorkspaceDatabase source;
    private WorkspaceDatabase target;
    private IoSamples.Sample sample;

    @BeforeEach
    void open(TempWorkspace source, @WorkspaceName("target") WorkspaceDatabase target) {
        this.folder = source.tempFolder();
        this.source = source.database();
        this.target = target;
        sample = IoSamples.fill(this.source);
    }

    @Test
    void aWholeExportImportedIntoAnEmptyWorkspaceGivesTheSameContent() throws Exception {
        Path file = folder.resolve("workspace.json");
        WorkspaceExporter.write(file, WorkspaceContent.read(source), WorkspaceExporter.Options.whole());

        WorkspaceImporter importer = new WorkspaceImporter(target);
        CheckedImport checked = importer.check(file);
        assertThat(importer.conflicts(checked)).isEmpty();
        importer.apply(checked, ImportChoices.all(Resolution.SKIP), null, null);

        assertThat(json(target)).isEqualTo(json(source));
        WorkspaceContent imported = WorkspaceContent.read(target);
        assertThat(imported.mailboxes()).extracting(Mailbox::name).containsExactly("billing", "claims", "sales", "smtp-client");
        assertThat(imported.fromAttribute()).map(a -> a.name()).contains("FromAddresses");
        assertThat(imported.oauthLinks()).hasSize(2);
        assertThat(Files.list(folder).map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
    }

    @Test
    void selectedMailboxesBringWhatTheyNeedAndNothingElse() throws Exception {
        WorkspaceFile file = WorkspaceExporter.build(WorkspaceContent.read(source), WorkspaceExporter.Options.mailboxes(Set.of(sample.billing().id())));

        assertThat(file.mailboxes()).extracting(WorkspaceFile.MailboxEntry::name).containsExactly("billing");
        assertThat(file.servers()).extracting(WorkspaceFile.Server::host).containsExactly("pop.fabrikam.us");
        assertThat(file.registrations()).extracting(WorkspaceFile.Registration::name).containsExactly("Fabrikam gov");
        assertThat(file.applications()).isEmpty();
        assertThat(file.fromAddressFolders()).isEmpty();
        assertThat(file.secrets()).isNull();

        WorkspaceImporter importer = new WorkspaceImporter(target);
        importer.apply(importer.check(WorkspaceExporter.toJson(file)), ImportChoices.all(Resolution.SKIP), null, null);
        WorkspaceContent imported = WorkspaceContent.read(target);
        assertThat(imported.mailboxes()).extracting(Mailbox::name).containsExactly("billing");
        assertThat(imported.registrations()).extracting(StoredRegistration::name).containsExactly("Fabrikam gov");
    }

    @Test
    void conflictsAreListedAndSkippingThemAllChangesNothing() throws Exception {
        WorkspaceImporter importer = new WorkspaceImporter(source);
        CheckedImport checked = importer.check(WorkspaceExporter.toJson(WorkspaceExporter.build(WorkspaceContent.read(source),
                WorkspaceExporter.Options.whole())));
        String before = json(source);

        assertThat(importer.conflicts(checked)).extracting(ImportConflict::kind, ImportConflict::name).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Kind.MAILBOX, "billing"), org.assertj.core.groups.Tuple.tuple(Kind.MAILBOX, "claims"),
                org.assertj.core.groups.Tuple.tuple(Kind.MAILBOX, "sales"), org.assertj.core.groups.Tuple.tuple(Kind.MAILBOX, "smtp-client"),
                org.assertj.core.groups.Tuple.tuple(Kind.APPLICATION, "Billing"),
                org.assertj.core.groups.Tuple.tuple(Kind.APPLICATION, "Support <EU> & \"Co\""),
                org.assertj.core.groups.Tuple.tuple(Kind.REGISTRATION, "Contoso mail"),
                org.assertj.core.groups.Tuple.tuple(Kind.REGISTRATION, "Fabrikam gov"),
                org.assertj.core.groups.Tuple.tuple(Kind.FROM_ADDRESS, "Email / FromAddresses / sales@contoso.com"),
                org.assertj.core.groups.Tuple.tuple(Kind.FROM_ADDRESS, "Email / FromAddresses / support@contoso.com"));
        importer.apply(checked, ImportChoices.all(Resolution.SKIP), null, null);

        assertThat(json(source)).isEqualTo(before);
    }

    @Test
    void renameImportsUnderFreeNamesAndReferencesFollow() throws Exception {
        WorkspaceImporter importer = new WorkspaceImporter(source);
        CheckedImport checked = importer.check(WorkspaceExporter.toJson(WorkspaceExporter.build(WorkspaceContent.read(source),
                WorkspaceExporter.Options.whole())));

        importer.apply(checked, ImportChoices.all(Resolution.RENAME), null, null);

        WorkspaceContent after = WorkspaceContent.read(source);
        assertThat(after.mailboxes()).extracting(Mailbox::name)
                .containsExactly("billing", "billing_2", "claims", "claims_2", "sales", "sales_2", "smtp-client");
        assertThat(after.registrations()).extracting(StoredRegistration::name)
                .containsExactly("Contoso mail", "Contoso mail (2)", "Fabrikam gov", "Fabrikam gov (2)");
        Mailbox sales2 = after.mailboxes().stream().filter(m -> m.name().equals("sales_2")).findFirst().orElseThrow();
        long contoso2 = after.registrations().stream().filter(r -> r.name().equals("Contoso mail (2)")).findFirst().orElseThrow().id();
        assertThat(after.oauthLinks().get(sales2.id()).registrationId()).isEqualTo(contoso2);
        assertThat(after.applications().applicationOf(sales2)).map(a -> a.name()).contains("Support <EU> & \"Co\" (2)");
    }

    @Test
    void aRenamedItemNeverTakesANameTheFileItselfUses() throws Exception {
        ObjectNode root = (ObjectNode) WorkspaceJson.MAPPER.readTree(WorkspaceExporter.toJson(WorkspaceExporter.build(
                WorkspaceContent.read(source), WorkspaceExporter.Options.whole())));
        for (JsonNode mailbox : root.get("mailboxes")) {
            if (mailbox.get("name").asText().equals("claims")) {
                ((ObjectNode) mailbox).put("name", "billing_2"); // the name renaming "billing" would pick first
            }
        }
        WorkspaceImporter importer = new WorkspaceImporter(source);
        CheckedImport checked = importer.check(WorkspaceJson.MAPPER.writeValueAsBytes(root));
        ImportConflict billing = importer.conflicts(checked).stream().filter(c -> c.name().equals("billing")).findFirst().orElseThrow();
        assertThat(importer.conflicts(checked)).extracting(ImportConflict::name).doesNotContain("billing_2");

        importer.apply(checked, ImportChoices.all(Resolution.SKIP).with(billing, Resolution.RENAME), null, null);

        // "billing_2" from the file is added as it is (nobody was asked about it), the renamed one goes on to _3
        assertThat(WorkspaceContent.read(source).mailboxes()).extracting(Mailbox::name)
                .containsExactly("billing", "billing_2", "billing_3", "claims", "sales", "smtp-client");
    }

    @Test
    void replaceOverwritesTheChosenItemOnly() throws Exception {
        ObjectNode root = (ObjectNode) WorkspaceJson.MAPPER.readTree(WorkspaceExporter.toJson(WorkspaceExporter.build(
                WorkspaceContent.read(source), WorkspaceExporter.Options.whole())));
        for (JsonNode mailbox : root.get("mailboxes")) {
            if (mailbox.has("maxSizeMb")) {
                ((ObjectNode) mailbox).put("maxSizeMb", 15);
            }
        }
        WorkspaceImporter importer = new WorkspaceImporter(source);
        CheckedImport checked = importer.check(WorkspaceJson.MAPPER.writeValueAsBytes(root));
        ImportConflict sales = importer.conflicts(checked).stream().filter(c -> c.name().equals("sales")).findFirst().orElseThrow();

        importer.apply(checked, ImportChoices.all(Resolution.SKIP).with(sales, Resolution.REPLACE), null, null);

        WorkspaceContent after = WorkspaceContent.read(source);
        assertThat(after.mailboxes()).hasSize(4);
        assertThat(after.mailboxes()).filteredOn(m -> m instanceof InboundMailbox)
                .extracting(m -> m.name() + "=" + ((InboundMailbox) m).maxSizeMb())
                .containsExactly("billing=20", "claims=5", "sales=15");
    }

    @Test
    void secretsTravelSealedUnderTheExportPassphraseAndLandInTheVault() throws Exception {
        Vault sourceVault = new Vault(source, OsKeyring.UNAVAILABLE);
        sourceVault.setUp("source master phrase".toCharArray());
        Secrets sourceKeeper = new Secrets(sourceVault);
        sourceKeeper.remember(SecretRef.mailboxPassword(sample.sales().id()), "Sales-Pa55!".toCharArray());
        sourceKeeper.remember(SecretRef.clientSecret(sample.gov().id()), "gov~client~secret".toCharArray());
        byte[] exported = WorkspaceExporter.toJson(WorkspaceExporter.build(WorkspaceContent.read(source),
                WorkspaceExporter.Options.whole().withSecrets("export phrase 1".toCharArray(), sourceKeeper::get)));
        assertThat(new String(exported, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("Sales-Pa55!", "gov~client~secret");

        Vault targetVault = new Vault(target, OsKeyring.UNAVAILABLE);
        targetVault.setUp("target master phrase".toCharArray());
        Secrets targetKeeper = new Secrets(targetVault);
        WorkspaceImporter importer = new WorkspaceImporter(target);
        CheckedImport checked = importer.check(exported);
        assertThat(checked.hasSecrets()).isTrue();
        String before = json(target);
        assertThatThrownBy(() -> importer.apply(checked, ImportChoices.all(Resolution.SKIP), "wrong phrase!".toCharArray(), targetKeeper))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("$.secrets");
        assertThat(json(target)).isEqualTo(before);

        importer.apply(checked, ImportChoices.all(Resolution.SKIP), "export phrase 1".toCharArray(), targetKeeper);

        WorkspaceContent after = WorkspaceContent.read(target);
        long sales = after.mailboxes().stream().filter(m -> m.name().equals("sales")).findFirst().orElseThrow().id();
        long gov = after.registrations().stream().filter(r -> r.name().equals("Fabrikam gov")).findFirst().orElseThrow().id();
        targetVault.lock();
        assertThat(targetVault.unlock("target master phrase".toCharArray())).isEqualTo(Vault.UnlockResult.UNLOCKED);
        assertThat(targetVault.load(SecretRef.mailboxPassword(sales)).map(String::new)).contains("Sales-Pa55!");
        assertThat(targetVault.load(SecretRef.clientSecret(gov)).map(String::new)).contains("gov~client~secret");
        assertThat(targetVault.load(SecretRef.mailboxPassword(sales + 1000))).isEqualTo(Optional.empty());
    }

    /** The export of the whole workspace: an id-free picture of everything it holds. */
    static String json(WorkspaceDatabase database) {
        return new String(WorkspaceExporter.toJson(WorkspaceExporter.build(WorkspaceContent.read(database),
                WorkspaceExporter.Options.whole())), java.nio.charset.StandardCharsets.UTF_8);
    }
}
