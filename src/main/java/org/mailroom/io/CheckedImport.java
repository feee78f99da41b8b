package org.mailroom.io;

import java.util.Map;
import java.util.Optional;
import org.mailroom.mail.LastTest;
import org.mailroom.store.ImportBatch;

/**
 * An import file that passed every check: its items as domain values (nothing decided yet about
 * conflicts) with their last tests and checked manifests and, when it was exported with secrets, those still
 * sealed under the export passphrase.
 */
public record CheckedImport(ImportBatch items, Optional<WorkspaceFile.Secrets> sealedSecrets) {

    /** Each mailbox's last connection test as the file has it ({@link ImportBatch#lastTests()}). */
    public Map<String, LastTest> lastTests() {
        return items.lastTests();
    }

    /** The manifests checked in the wizard, by name key of the app registration. */
    public Map<String, String> manifests() {
        return items.manifests();
    }

    /** Whether the UI should ask for the export passphrase (the import works without it, minus the secrets). */
    public boolean hasSecrets() {
        return sealedSecrets.isPresent();
    }
}
