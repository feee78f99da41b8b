package org.mailroom.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailroom.check.CheckInput;
import org.mailroom.check.CheckReport;
import org.mailroom.check.SeverityCounts;
import org.mailroom.check.ConfigurationCheck;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.SecretRef;
import org.mailroom.io.ImportConflict;
import org.mailroom.io.WorkspaceImporter;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.Secrets;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.service.WorkspaceFiles;
import org.mailroom.secrets.Vault;
import org.mailroom.store.SampleWorkspace;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.testing.DirectBackground;
import org.mailroom.testing.ScriptedDialogs;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;
import org.mailroom.testing.WorkspaceName;

/** The Workspace and Passwords menus' view models on real workspaces and files. */
@ExtendWith(WorkspaceExtension.class)
class WorkspaceMenuViewModelsTest {

    private Path folder;
    private WorkspaceDatabase source;
    private WorkspaceDatabase target;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Vault vault;
    private Secrets keeper;
    private boolean reloaded;

    @BeforeEach
    void open(TempWorkspace source, @WorkspaceName("target") WorkspaceDatabase target) {
        this.folder = source.tempFolder();
        this.source = source.database();
        this.target = target;
        new SampleWorkspace(source.servers(), source.mailboxes()).load();
        vault = new Vault(this.source, OsKeyring.UNAVAILABLE); // no credential store: the passphrase path (RealKeyringTest has the store)
        keeper = new Secrets(vault);
    }

    private WorkspaceFilesViewModel files(WorkspaceDatabase database) {
        WorkspaceEvents events = new WorkspaceEvents();
        events.subscribe(change -> reloaded = true);
        return new WorkspaceFilesViewModel(new WorkspaceFiles(database, keeper, events,
                () -> new ConfigurationCheck(Clock.systemUTC()).run(CheckInput.of(WorkspaceContent.read(database)))), new DirectBackground(), dialogs, Set::of);
    }

    @Test
    void exportThenImportIntoAnotherWorkspace() {
        Path file = folder.resolve("export.json");
        dialogs.files.add(file);
        dialogs.confirmAnswer = false; // no secrets
        files(source).export(false);
        assertThat(file).exists();

        dialogs.files.add(file);
        files(target).importFile();

        assertThat(dialogs.errors).isEmpty();
        assertThat(reloaded).isTrue();
        assertThat(WorkspaceContent.read(target).mailboxes()).extracting(Mailbox::name)
                .containsExactlyInAnyOrderElementsOf(WorkspaceContent.read(source).mailboxes().stream().map(Mailbox::name).toList());

        // the same file again: every mailbox conflicts; skipping all (the preselection) changes nothing
        reloaded = false;
        dialogs.files.add(file);
        files(target).importFile();
        assertThat(dialogs.questions).last().asString().contains("the name of an existing item");
        assertThat(WorkspaceContent.read(target).mailboxes()).hasSize(8);
    }

    @Test
    void eachConflictIsDecidedOnItsOwnAndOnlyAllowedAnswersAreOffered() {
        Path file = exportedAndImportedOnce();
        Mailbox claims = mailboxNamed(target, "claims.intake");

        dialogs.answers.put("Mailbox 'claims.intake'", ImportConflict.Resolution.RENAME);
        dialogs.answers.put("Mailbox 'sales@contoso.com'", ImportConflict.Resolution.REPLACE);
        dialogs.confirmAnswer = true; // import the look-alike anyway
        dialogs.files.add(file);
        files(target).importFile();

        assertThat(dialogs.choiceRows).hasSize(8)
                .contains("Mailbox 'claims.intake': [Skip it, Replace the existing one, Import it renamed]")
                .contains("Mailbox 'smtp-client': [Skip it, Replace the existing one]"); // the one outbound: no second
        List<String> names = WorkspaceContent.read(target).mailboxes().stream().map(Mailbox::name).toList();
        assertThat(names).hasSize(9).contains("claims.intake").anyMatch(name -> name.startsWith("claims.intake") && !name.equals("claims.intake"));
        assertThat(mailboxNamed(target, "claims.intake").id()).isEqualTo(claims.id());
        assertThat(dialogs.infos).last().asString().contains("1 added, 1 replaced");
    }

    @Test
    void importItRenamedNamesTheLookAlikeBeforeApplyingAndDecliningImportsNothing() {
        Path file = exportedAndImportedOnce();
        Mailbox claims = mailboxNamed(target, "claims.intake");
        WorkspaceContent before = WorkspaceContent.read(target);
        reloaded = false;

        dialogs.answers.put("Mailbox 'claims.intake'", ImportConflict.Resolution.RENAME);
        dialogs.confirmAnswer = false;
        dialogs.files.add(file);
        files(target).importFile();

        assertThat(dialogs.questions).last().asString()
                .startsWith("1 mailbox would read the same login on the same server as another mailbox")
                .contains("claims.intake_2 would read " + claims.login() + " on " + claims.endpoint().host() + ", as claims.intake does");
        assertThat(WorkspaceContent.read(target)).isEqualTo(before);
        assertThat(reloaded).isFalse();
    }

    @Test
    void skippingOrReplacingAsksNothingAboutSharedLogins() {
        Path file = exportedAndImportedOnce();
        int asked = dialogs.questions.size();

        dialogs.answers.put("Mailbox 'claims.intake'", ImportConflict.Resolution.REPLACE);
        dialogs.files.add(file);
        files(target).importFile();

        assertThat(dialogs.questions.subList(asked, dialogs.questions.size())).noneMatch(q -> q.contains("same login"));
        assertThat(dialogs.infos).last().asString().contains("0 added, 1 replaced");
    }

    @Test
    void withErrorsOpenTheOptionsFileAndSummaryAskFirstAndTheSummaryListsTheFindings() throws Exception {
        Path file = exportedAndImportedOnce();
        dialogs.answers.put("Mailbox 'claims.intake'", ImportConflict.Resolution.RENAME);
        dialogs.confirmAnswer = true;
        dialogs.files.add(file);
        files(target).importFile(); // claims.intake_2 reads the login of claims.intake: an error on each
        Path ini = folder.resolve("options-with-errors.ini");
        Path html = folder.resolve("summary-with-errors.html");

        dialogs.confirmAnswer = false;
        dialogs.files.add(ini);
        files(target).exportOptions(false);
        assertThat(dialogs.questions).last().asString().startsWith("The configuration check finds 2 errors still open (2 errors, ");
        assertThat(ini).doesNotExist();
        assertThat(dialogs.files).containsExactly(ini); // stopped before asking where to write

        dialogs.confirmAnswer = true;
        files(target).exportOptions(false);
        assertThat(ini).exists();

        dialogs.files.add(html);
        files(target).exportSummary();
        assertThat(dialogs.questions).last().asString().startsWith("The configuration check finds 2 errors still open");
        String summary = Files.readString(html);
        assertThat(summary).contains("The configuration check finds 2 errors still open", "<h2>Open findings</h2>",
                "Mailbox claims.intake_2", "claims.intake");
    }

    @Test
    void withNothingOpenTheSummaryIsWrittenWithoutAQuestionAndSaysSo() throws Exception {
        CheckReport clean = new CheckReport(List.of(), new SeverityCounts(0, 0, 0));
        WorkspaceFilesViewModel files = new WorkspaceFilesViewModel(new WorkspaceFiles(source, keeper, new WorkspaceEvents(), () -> clean),
                new DirectBackground(), dialogs, Set::of);
        Path html = folder.resolve("clean.html");
        dialogs.files.add(html);

        files.exportSummary();

        assertThat(dialogs.questions).isEmpty();
        assertThat(Files.readString(html)).contains("<h2>Open findings</h2>", "The configuration check finds nothing open.")
                .doesNotContain("still open");
    }

    @Test
    void cancellingTheConflictsImportsNothing() {
        Path file = exportedAndImportedOnce();
        reloaded = false;

        dialogs.cancelChoices = true;
        dialogs.answers.put("Mailbox 'claims.intake'", ImportConflict.Resolution.RENAME);
        dialogs.files.add(file);
        files(target).importFile();

        assertThat(WorkspaceContent.read(target).mailboxes()).hasSize(8);
        assertThat(reloaded).isFalse();
    }

    /** The source exported (no secrets) and imported into the target: importing it again conflicts everywhere. */
    private Path exportedAndImportedOnce() {
        Path file = folder.resolve("export.json");
        dialogs.files.add(file);
        dialogs.confirmAnswer = false;
        files(source).export(false);
        dialogs.files.add(file);
        files(target).importFile();
        return file;
    }

    private static Mailbox mailboxNamed(WorkspaceDatabase database, String name) {
        return WorkspaceContent.read(database).mailboxes().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aBrokenFileIsRefusedWithItsProblemsAndChangesNothing() throws Exception {
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"mailroom-workspace\", \"version\": 99}");
        dialogs.files.add(broken);

        files(target).importFile();

        assertThat(dialogs.errors).singleElement().asString().startsWith("Nothing was imported");
        assertThat(WorkspaceContent.read(target).mailboxes()).isEmpty();
        assertThat(reloaded).isFalse();
    }

    @Test
    void optionsAndSummaryFilesAreWrittenWithoutPasswordsUnlessAskedFor() throws Exception {
        keeper.keep(SecretRef.mailboxPassword(WorkspaceContent.read(source).mailboxes().get(0).id()), "Sup3r-secret".toCharArray());
        Path ini = folder.resolve("options.ini");
        Path html = folder.resolve("summary.html");
        dialogs.files.add(ini);
        dialogs.files.add(html);

        files(source).exportOptions(false);
        files(source).exportSummary();

        assertThat(Files.readString(ini)).contains("[smtp-client]").doesNotContain("Sup3r-secret");
        assertThat(Files.readString(html)).contains("<html").doesNotContain("Sup3r-secret");

        dialogs.confirmAnswer = false;
        files(source).exportOptions(true); // the warning is declined: nothing written
        assertThat(dialogs.infos).hasSize(2);
    }

    @Test
    void passwordsAreSavedUnderAPassphraseAndOpenAgainOnlyWithIt() {
        PasswordsViewModel menu = new PasswordsViewModel(vault, keeper, new DirectBackground(), new DirectBackground(), dialogs);
        menu.start();
        assertThat(menu.stateProperty().get()).isEqualTo("Passwords: this session only");

        dialogs.passwordAnswers.add("short");
        dialogs.passwordAnswers.add("correct horse battery");
        menu.savePasswords(); // the dialog stays open with the reason, and takes the second
        assertThat(dialogs.refusedPasswords).singleElement().asString().contains("at least 8 characters");
        assertThat(dialogs.errors).isEmpty();
        assertThat(menu.stateProperty().get()).isEqualTo("Passwords: saved, open");
        long id = WorkspaceContent.read(source).mailboxes().get(0).id();
        keeper.remember(SecretRef.mailboxPassword(id), "Sup3r-secret".toCharArray());

        assertThat(menu.openProperty().get()).isTrue();
        menu.lock();
        assertThat(menu.stateProperty().get()).isEqualTo("Passwords: saved, locked");
        assertThat(menu.lockedProperty().get()).isTrue(); // Passwords ▸ Unlock is offered
        assertThat(menu.openProperty().get()).isFalse();

        Secrets nextSession = new Secrets(vault); // as after a restart: nothing in memory
        PasswordsViewModel next = new PasswordsViewModel(vault, nextSession, new DirectBackground(), new DirectBackground(), dialogs);
        dialogs.passwordAnswers.add("wrong horse");
        next.savePasswords();
        assertThat(dialogs.errors).last().asString().contains("not the passphrase");

        dialogs.passwordAnswers.add("correct horse battery");
        next.savePasswords();
        assertThat(nextSession.get(SecretRef.mailboxPassword(id))).get().isEqualTo("Sup3r-secret".toCharArray()); // loaded
        assertThat(nextSession.state(SecretRef.mailboxPassword(id))).isEqualTo(Secrets.State.SAVED);

        menu.reset();
        assertThat(vault.state()).isEqualTo(Vault.State.NOT_SET_UP);
    }

    @Test
    void turningSavingOnSavesThePasswordsTypedEarlierOnceTheAdminAgrees() {
        PasswordsViewModel menu = new PasswordsViewModel(vault, keeper, new DirectBackground(), new DirectBackground(), dialogs);
        List<Long> ids = WorkspaceContent.read(source).mailboxes().stream().map(Mailbox::id).toList();
        keeper.remember(SecretRef.mailboxPassword(ids.get(0)), "typed-first".toCharArray());
        keeper.remember(SecretRef.mailboxPassword(ids.get(1)), "typed-second".toCharArray());
        assertThat(keeper.state(SecretRef.mailboxPassword(ids.get(0)))).isEqualTo(Secrets.State.TYPED);

        dialogs.passwordAnswers.add("correct horse battery");
        menu.savePasswords();

        assertThat(dialogs.questions).last().asString().startsWith("2 passwords and client secrets were typed earlier");
        assertThat(vault.isSaved(SecretRef.mailboxPassword(ids.get(0)))).isTrue();
        assertThat(vault.isSaved(SecretRef.mailboxPassword(ids.get(1)))).isTrue();
        assertThat(keeper.state(SecretRef.mailboxPassword(ids.get(1)))).isEqualTo(Secrets.State.SAVED);
        assertThat(keeper.unsavedCount()).isZero();
    }

    @Test
    void declingToSaveTheEarlierPasswordsKeepsThemInMemoryOnly() {
        PasswordsViewModel menu = new PasswordsViewModel(vault, keeper, new DirectBackground(), new DirectBackground(), dialogs);
        long id = WorkspaceContent.read(source).mailboxes().get(0).id();
        keeper.remember(SecretRef.mailboxPassword(id), "typed-first".toCharArray());
        dialogs.confirmAnswer = false;

        dialogs.passwordAnswers.add("correct horse battery");
        menu.savePasswords();

        assertThat(dialogs.questions).last().asString().startsWith("One password or client secret was typed earlier");
        assertThat(vault.isSaved(SecretRef.mailboxPassword(id))).isFalse();
        assertThat(keeper.state(SecretRef.mailboxPassword(id))).isEqualTo(Secrets.State.TYPED);
        assertThat(menu.stateProperty().get()).isEqualTo("Passwords: saved, open");
    }

    @Test
    void cancellingTheSecretsQuestionCancelsTheExport() {
        Path file = folder.resolve("cancelled.json");
        dialogs.files.add(file);
        dialogs.cancelChoice = true;

        files(source).export(false);

        assertThat(dialogs.questions).last().asString().startsWith("Include the saved passwords");
        assertThat(file).doesNotExist();
        assertThat(dialogs.infos).isEmpty();
    }

    @Test
    void includingSecretsAsksForAnExportPassphraseAsStrongAsTheMasterOne() {
        Path file = folder.resolve("with-secrets.json");
        dialogs.files.add(file);
        dialogs.chooseAnswer = "Include, encrypted";
        dialogs.passwordAnswers.add("x");
        dialogs.passwordAnswers.add("export phrase 1");

        files(source).export(false);

        assertThat(dialogs.questions).contains("Export passphrase");
        assertThat(dialogs.refusedPasswords).singleElement().asString().contains("at least 8 characters");
        assertThat(file).exists();
    }
}
