package org.mailroom.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.mailroom.check.CheckReport;
import org.mailroom.check.CheckInput;
import org.mailroom.domain.SecretRef;
import org.mailroom.io.AtomicFiles;
import org.mailroom.io.CheckedImport;
import org.mailroom.io.ConfigurationSummary;
import org.mailroom.io.EmailServerOptions;
import org.mailroom.io.FileAccessException;
import org.mailroom.io.ImportChoices;
import org.mailroom.io.ImportConflict;
import org.mailroom.io.ImportRejectedException;
import org.mailroom.io.SharedAccount;
import org.mailroom.io.WorkspaceExporter;
import org.mailroom.io.WorkspaceImporter;
import org.mailroom.secrets.Secrets;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceImport;

/**
 * The workspace's files: export (whole or selected, secrets only under an export passphrase), import
 * (checked whole first, applied in one transaction), the E-mail Server options file and the summary.
 * Every file is written to a temp file and moved into place.
 */
public final class WorkspaceFiles {

    private final WorkspaceDatabase database;
    private final WorkspaceImporter importer;
    private final Secrets secrets;
    private final WorkspaceEvents events;
    private final Supplier<CheckReport> check;

    /** @param check runs the configuration check on the workspace as it is now (last tests and manifests included) */
    public WorkspaceFiles(WorkspaceDatabase database, Secrets secrets, WorkspaceEvents events, Supplier<CheckReport> check) {
        this.database = database;
        this.importer = new WorkspaceImporter(database);
        this.secrets = secrets;
        this.events = events;
        this.check = check;
    }

    /** Writes the export; the options say which mailboxes and whether secrets go in (encrypted). */
    public void export(Path target, WorkspaceExporter.Options options) throws IOException {
        // the last tests and checked manifests go along, so check FILE finds what the window's badge shows
        CheckInput workspace = CheckInput.read(database);
        try {
            WorkspaceExporter.write(target, workspace, options);
        } catch (IOException e) {
            throw FileAccessException.writing(target, e);
        }
    }

    /** Secrets for an export or the options file, as this session or the unlocked vault knows them. */
    public WorkspaceExporter.Options withSecrets(WorkspaceExporter.Options options, char[] passphrase) {
        return options.withSecrets(passphrase, secrets::get);
    }

    /** The whole file checked against every rule; refused with every problem found. */
    public CheckedImport check(Path file) throws IOException, ImportRejectedException {
        try {
            return importer.check(file);
        } catch (IOException e) {
            throw FileAccessException.reading(file, e);
        }
    }

    /** Items of the file whose names the workspace already uses: the admin decides each. */
    public List<ImportConflict> conflicts(CheckedImport checked) {
        return importer.conflicts(checked);
    }

    /** The imported mailboxes that, applied as chosen, would read another mailbox's login on the same server. */
    public List<SharedAccount> sharedAccounts(CheckedImport checked, ImportChoices choices) {
        return importer.sharedAccounts(checked, choices);
    }

    /** Applies the checked file as decided, in one transaction; its secrets are kept like typed ones. */
    public ImportReport apply(CheckedImport checked, ImportChoices choices, char[] exportPassphrase)
            throws ImportRejectedException {
        WorkspaceImport.Report report = importer.apply(checked, choices, exportPassphrase, secrets);
        secrets.refresh();
        events.changed();
        return new ImportReport(report.added(), report.replaced(), report.secretsSaved());
    }

    /** What an import did: items added, items that replaced one of the same name, secrets saved sealed. */
    public record ImportReport(int added, int replaced, int secretsSaved) {
    }

    /** The E-mail Server options file; passwords only when {@code withPasswords}. */
    public void exportOptions(Path target, boolean withPasswords) throws IOException {
        EmailServerOptions.Settings settings = withPasswords
                ? EmailServerOptions.Settings.withoutPasswords().withPasswords(this::secret)
                : EmailServerOptions.Settings.withoutPasswords();
        write(target, EmailServerOptions.ini(WorkspaceContent.read(database), settings));
    }

    /** What the configuration check finds now: asked before a file for E-mail Server or for sign-off is written. */
    public CheckReport openFindings() {
        return check.get();
    }

    /** A printable HTML summary of the whole configuration with the check's open findings, for review and sign-off. */
    public void exportSummary(Path target) throws IOException {
        write(target, ConfigurationSummary.html(CheckInput.read(database), check.get().findings(), ZonedDateTime.now()));
    }

    private static void write(Path target, String text) throws IOException {
        try {
            AtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw FileAccessException.writing(target, e);
        }
    }

    private java.util.Optional<char[]> secret(SecretRef ref) {
        return secrets.get(ref);
    }
}
