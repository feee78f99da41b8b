package org.mailroom.ui.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mailroom.io.CheckedImport;
import org.mailroom.io.ImportChoices;
import org.mailroom.io.ImportConflict;
import org.mailroom.io.ImportConflict.Resolution;
import org.mailroom.io.ImportProblem;
import org.mailroom.io.ImportRejectedException;
import org.mailroom.io.SharedAccount;
import org.mailroom.io.WorkspaceExporter;
import org.mailroom.secrets.Passphrases;
import org.mailroom.service.WorkspaceFiles;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.DialogService;
import org.mailroom.ui.common.Failures;

/**
 * The Workspace menu's files: export (whole or selected, secrets only under an export passphrase),
 * import (everything checked first; conflicts resolved as the admin says; one transaction), the
 * E-mail Server options file and the printable summary. File work runs in the background.
 */
public final class WorkspaceFilesViewModel {

    private static final int PROBLEMS_SHOWN = 25;

    private final WorkspaceFiles files;
    private final Background background;
    private final DialogService dialogs;
    private final Supplier<Set<Long>> selectedMailboxes;

    /** @param selectedMailboxes the mailboxes "Export selected" takes */
    public WorkspaceFilesViewModel(WorkspaceFiles files, Background background, DialogService dialogs,
                                   Supplier<Set<Long>> selectedMailboxes) {
        this.files = files;
        this.background = background;
        this.dialogs = dialogs;
        this.selectedMailboxes = selectedMailboxes;
    }

    /** Exports the whole workspace, or only the selected mailboxes and what they need. */
    public void export(boolean selectedOnly) {
        Set<Long> ids = selectedOnly ? selectedMailboxes.get() : Set.of();
        if (selectedOnly && ids.isEmpty()) {
            dialogs.showError(Text.get("files.export.title"), Text.get("files.export.nothingSelected"));
            return;
        }
        Optional<Path> target = dialogs.chooseSaveFile(Text.get("files.export.title"), "workspace.json");
        if (target.isEmpty()) {
            return;
        }
        WorkspaceExporter.Options options = selectedOnly ? WorkspaceExporter.Options.mailboxes(ids) : WorkspaceExporter.Options.whole();
        Optional<Boolean> withSecrets = dialogs.choose(Text.get("files.export.title"), Text.get("files.export.secrets.question"),
                List.of(false, true), include -> Text.get(include ? "files.export.secrets.include" : "files.export.secrets.without"));
        if (withSecrets.isEmpty()) {
            return; // Cancel cancels the export
        }
        if (withSecrets.get()) {
            Optional<char[]> passphrase = dialogs.askNewPassword(Text.get("files.export.passphrase.title"),
                    Text.get("files.export.passphrase.prompt", Passphrases.MIN_LENGTH), Passphrases::refusal);
            if (passphrase.isEmpty()) {
                return;
            }
            options = files.withSecrets(options, passphrase.get());
        }
        WorkspaceExporter.Options chosen = options;
        background.run(() -> {
            files.export(target.get(), chosen);
            return target.get();
        }, written -> dialogs.showInfo(Text.get("files.export.title"), Text.get("files.written", written)), this::fail);
    }

    /** Checks the whole file, lists every problem, asks about conflicts and the passphrase, then applies it. */
    public void importFile() {
        Optional<Path> source = dialogs.chooseOpenFile(Text.get("files.import.title"));
        if (source.isEmpty()) {
            return;
        }
        background.run(() -> {
            CheckedImport checked = files.check(source.get());
            return new Checked(checked, files.conflicts(checked));
        }, this::decide, ImportRejectedException.class, this::showProblems, this::fail, () -> { });
    }

    /** The file breaks rules: every problem found, with where it is, and nothing imported. */
    private void showProblems(ImportRejectedException rejected) {
        List<ImportProblem> problems = rejected.problems();
        String listed = problems.stream().limit(PROBLEMS_SHOWN).map(ImportProblem::describe).collect(Collectors.joining("\n"));
        dialogs.showError(Text.get("files.import.title"), Text.get("files.import.rejected", problems.size(), listed));
    }

    private void decide(Checked result) {
        ImportChoices choices = ImportChoices.all(Resolution.SKIP);
        List<ImportConflict> conflicts = result.conflicts();
        if (!conflicts.isEmpty()) {
            Optional<List<Resolution>> chosen = dialogs.chooseEach(Text.get("files.import.title"),
                    Text.get("files.import.conflicts", conflicts.size()), conflicts.stream().map(WorkspaceFilesViewModel::row).toList(),
                    resolution -> Text.get("files.import.resolution." + resolution.name().toLowerCase(Locale.ROOT)));
            if (chosen.isEmpty()) {
                return;
            }
            for (int i = 0; i < conflicts.size(); i++) {
                choices.with(conflicts.get(i), chosen.get().get(i));
            }
        }
        background.run(() -> files.sharedAccounts(result.checked(), choices), shared -> {
            if (shared.isEmpty() || dialogs.confirm(Text.get("files.import.title"), sharedAccountsQuestion(shared),
                    Text.get("files.import.sharedAccounts.confirm"))) {
                apply(result.checked(), choices);
            }
        }, this::fail);
    }

    /** "Import it renamed" (or a new name) that reads another mailbox's login: both would take each other's mail. */
    private static String sharedAccountsQuestion(List<SharedAccount> shared) {
        String listed = shared.stream().limit(PROBLEMS_SHOWN)
                .map(s -> Text.get("files.import.sharedAccounts.line", s.mailbox(), s.other(), s.login(), s.host()))
                .collect(Collectors.joining("\n"));
        return Text.get("files.import.sharedAccounts.question", shared.size(), listed);
    }

    private void apply(CheckedImport checked, ImportChoices choices) {
        char[] passphrase = checked.hasSecrets()
                ? dialogs.askPassword(Text.get("files.import.passphrase.title"), Text.get("files.import.passphrase.prompt")).orElse(null)
                : null;
        background.run(() -> files.apply(checked, choices, passphrase), report ->
                dialogs.showInfo(Text.get("files.import.title"), Text.get("files.import.done", report.added(), report.replaced(),
                        report.secretsSaved())), this::fail);
    }

    /** The E-mail Server options file; passwords only when asked for, after a warning. */
    public void exportOptions(boolean withPasswords) {
        String title = Text.get("files.options.title");
        whenNoErrorsOrAgreed(title, () -> {
            if (withPasswords && !dialogs.confirm(title, Text.get("files.options.passwords.warning"), Text.get("files.options.passwords.confirm"))) {
                return;
            }
            dialogs.chooseSaveFile(title, "email-server-options.ini").ifPresent(target -> background.run(() -> {
                files.exportOptions(target, withPasswords);
                return target;
            }, written -> dialogs.showInfo(title, Text.get("files.written", written)), this::fail));
        });
    }

    /** A printable HTML summary of the whole configuration and its open findings, for review and sign-off. */
    public void exportSummary() {
        String title = Text.get("files.summary.title");
        whenNoErrorsOrAgreed(title, () -> dialogs.chooseSaveFile(title, "mailroom-summary.html").ifPresent(target -> background.run(() -> {
            files.exportSummary(target);
            return target;
        }, written -> dialogs.showInfo(title, Text.get("files.written", written)), this::fail)));
    }

    /** Runs the check first: with errors open, the admin hears how many and decides whether to write anyway. */
    private void whenNoErrorsOrAgreed(String title, Runnable write) {
        background.run(files::openFindings, report -> {
            int errors = report.counts().errors();
            if (errors == 0 || dialogs.confirm(title, Text.get("files.openErrors.question", errors, report.counts().summary()),
                    Text.get("files.openErrors.confirm"))) {
                write.run();
            }
        }, this::fail);
    }

    /** "Mailbox 'sales'": skip, replace, or rename where the item allows it; skipping changes nothing, so it comes first. */
    private static DialogService.Choice<Resolution> row(ImportConflict conflict) {
        return new DialogService.Choice<>(Text.get("files.import.conflict." + conflict.kind().name().toLowerCase(Locale.ROOT), conflict.name()),
                Stream.of(Resolution.values()).filter(conflict.allowed()::contains).toList(), Resolution.SKIP);
    }

    private void fail(Throwable failure) {
        dialogs.showError(Text.get("error.title"), Failures.describe(failure));
    }

    private record Checked(CheckedImport checked, List<ImportConflict> conflicts) {
    }
}
