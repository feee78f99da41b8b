package org.mailroom.io;

import java.util.Map;
import java.util.Optional;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.mail.LastTest;
import org.mailroom.store.ImportBatch;

/**
 * An import file that passed every check: its items as domain values (nothing decided yet about
 * conflicts) and, when it was exported with secrets, those still sealed under the export passphrase.
 */
public record CheckedImport(ImportBatch items, Optional<WorkspaceFile.Secrets> sealedSecrets, Map<String, LastTest> lastTests,
                            Map<String, String> manifests) {

    /**
     * @param lastTests each mailbox's last connection test as the file has it, by {@link WorkspaceRules#nameKey}
     *                  of the Mailbox Name (the mailbox id in them is 0)
     * @param manifests the manifest checked in the wizard, by name key of the app registration
     */
    public CheckedImport {
        lastTests = Map.copyOf(lastTests);
        manifests = Map.copyOf(manifests);
    }

    public CheckedImport(ImportBatch items, Optional<WorkspaceFile.Secrets> sealedSecrets) {
        this(items, sealedSecrets, Map.of(), Map.of());
    }

    /** Whether the UI should ask for the export passphrase (the import works without it, minus the secrets). */
    public boolean hasSecrets() {
        return sealedSecrets.isPresent();
    }
}
