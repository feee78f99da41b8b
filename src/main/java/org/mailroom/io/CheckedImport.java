package org.mailroom.io;

import java.util.Optional;
import org.mailroom.store.ImportBatch;

/**
 * An import file that passed every check: its items as domain values (nothing decided yet about
 * conflicts) and, when it was exported with secrets, those still sealed under the export passphrase.
 */
public record CheckedImport(ImportBatch items, Optional<WorkspaceFile.Secrets> sealedSecrets) {

    /** Whether the UI should ask for the export passphrase (the import works without it, minus the secrets). */
    public boolean hasSecrets() {
        return sealedSecrets.isPresent();
    }
}
