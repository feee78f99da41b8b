package org.mailroom.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.SecretKind;
import org.mailroom.domain.SecretRef;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.secrets.Secrets;
import org.mailroom.secrets.SecretCipher;
import org.mailroom.store.ImportBatch;
import org.mailroom.store.SecretSealer;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceImport;

/**
 * Import in the order the UI asks: {@link #check} the whole file (every problem with its path), then
 * {@link #conflicts} with the workspace, then {@link #apply} with the admin's choices (and, when the file has
 * secrets, its export passphrase) in one transaction.
 */
public final class WorkspaceImporter {

    private final WorkspaceDatabase database;

    public WorkspaceImporter(WorkspaceDatabase database) {
        this.database = database;
    }

    /** @throws ImportRejectedException listing every problem; the workspace is not touched */
    public CheckedImport check(Path file) throws IOException, ImportRejectedException {
        return ImportValidator.validate(ImportReader.read(file));
    }

    public CheckedImport check(byte[] json) throws ImportRejectedException {
        return ImportValidator.validate(ImportReader.read(json));
    }

    public List<ImportConflict> conflicts(CheckedImport checked) {
        return new ConflictResolver(WorkspaceContent.read(database)).conflicts(checked.items());
    }

    /**
     * The imported mailboxes that, applied as chosen, would read the same login on the same server as another
     * mailbox ("Import it renamed" makes such a look-alike): the admin is asked before they are created.
     */
    public List<SharedAccount> sharedAccounts(CheckedImport checked, ImportChoices choices) {
        WorkspaceContent current = WorkspaceContent.read(database);
        ImportBatch batch = new ConflictResolver(current).resolve(checked.items(), List.of(), choices);
        return SharedAccount.find(current.mailboxes(), batch.mailboxes());
    }

    /**
     * Applies the file with the conflicts resolved as chosen, all or nothing.
     *
     * @param exportPassphrase null to import without the file's secrets
     * @param keeper           receives the secrets: saved in the vault (same transaction) when it can save,
     *                         else remembered for the session; null to drop them
     * @throws ImportRejectedException when the passphrase does not open the secrets, or a secret was changed after
     *                                 export; nothing changed
     */
    public WorkspaceImport.Report apply(CheckedImport checked, ImportChoices choices, char[] exportPassphrase,
                                        Secrets keeper) throws ImportRejectedException {
        List<ImportBatch.Secret> secrets = List.of();
        if (exportPassphrase != null && keeper != null && checked.sealedSecrets().isPresent()) {
            secrets = ExportSecrets.open(checked.sealedSecrets().get(), exportPassphrase);
        }
        try {
            ImportBatch batch = new ConflictResolver(WorkspaceContent.read(database)).resolve(checked.items(), secrets, choices);
            Optional<SecretSealer> sealer = keeper == null ? Optional.empty() : keeper.sealerIfSaving();
            WorkspaceImport.Report report = new WorkspaceImport(database).apply(batch, sealer.orElse(null));
            if (sealer.isEmpty() && keeper != null && !batch.secrets().isEmpty()) {
                rememberForSession(batch.secrets(), keeper);
            }
            return report;
        } finally {
            secrets.forEach(s -> SecretCipher.wipe(s.secret()));
        }
    }

    private void rememberForSession(List<ImportBatch.Secret> secrets, Secrets keeper) {
        WorkspaceContent after = WorkspaceContent.read(database);
        for (ImportBatch.Secret secret : secrets) {
            Optional<Long> owner = secret.kind() == SecretKind.MAILBOX_PASSWORD
                    ? after.mailboxes().stream().filter(m -> WorkspaceRules.sameName(m.name(), secret.owner())).map(Mailbox::id).findFirst()
                    : after.registrations().stream().filter(r -> WorkspaceRules.sameName(r.name(), secret.owner()))
                            .map(StoredRegistration::id).findFirst();
            owner.ifPresent(id -> keeper.keep(new SecretRef(secret.kind(), id), secret.secret()));
        }
    }
}
