package org.mailroom.io;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mailroom.domain.SecretKind;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.io.ImportValidator.Bound;
import org.mailroom.secrets.SecretCipher;
import org.mailroom.secrets.SecretUnreadableException;
import org.mailroom.store.ImportBatch;
import org.mailroom.text.Text;

/**
 * Secrets in an export file, sealed with {@link SecretCipher} under a key derived from the export
 * passphrase (its own salt per file). Each is bound to its kind and owner's name.
 */
final class ExportSecrets {

    private static final String CHECK_CONTEXT = "mailroom-export/check";

    private ExportSecrets() {
    }

    static WorkspaceFile.Secrets seal(char[] passphrase, List<ImportBatch.Secret> secrets) {
        byte[] salt = SecretCipher.randomBytes(SecretCipher.SALT_BYTES);
        byte[] key = SecretCipher.deriveKey(passphrase, salt, SecretCipher.ITERATIONS);
        try {
            Base64.Encoder base64 = Base64.getEncoder();
            List<WorkspaceFile.SealedSecret> items = new ArrayList<>();
            for (ImportBatch.Secret secret : secrets) {
                byte[] sealed = SecretCipher.sealChars(key, secret.secret(), context(secret.kind(), secret.owner()));
                items.add(new WorkspaceFile.SealedSecret(secret.kind(), secret.owner(), base64.encodeToString(sealed)));
            }
            return new WorkspaceFile.Secrets(WorkspaceFile.Secrets.CIPHER, WorkspaceFile.Secrets.KDF, SecretCipher.ITERATIONS,
                    base64.encodeToString(salt), base64.encodeToString(SecretCipher.seal(key, new byte[0], CHECK_CONTEXT)), items);
        } finally {
            SecretCipher.wipe(key);
        }
    }

    /**
     * The secrets in clear (the caller wipes them). Two refusals, told apart by the check value: it is sealed
     * under the key alone, so once it opens the passphrase (with the file's salt and work factor) is right, and a
     * secret whose GCM tag then fails was changed after export (its owner and kind are bound in, so a secret moved
     * to another mailbox fails too). When the check value itself does not open, AES-GCM cannot tell a mistyped
     * passphrase from a changed check, salt or work factor: the admin is told the likelier one and the other.
     *
     * @throws ImportRejectedException for a wrong passphrase, or naming the first secret that was changed
     */
    static List<ImportBatch.Secret> open(WorkspaceFile.Secrets secrets, char[] passphrase) throws ImportRejectedException {
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] key = SecretCipher.deriveKey(passphrase, base64.decode(secrets.salt()), secrets.iterations());
        List<ImportBatch.Secret> opened = new ArrayList<>();
        try {
            try {
                SecretCipher.open(key, base64.decode(secrets.check()), CHECK_CONTEXT);
            } catch (SecretUnreadableException e) {
                throw refused("/secrets", Text.get("io.import.wrongPassphrase"));
            }
            for (int i = 0; i < secrets.items().size(); i++) {
                WorkspaceFile.SealedSecret item = secrets.items().get(i);
                try {
                    char[] secret = SecretCipher.openChars(key, base64.decode(item.sealed()), context(item.kind(), item.owner()));
                    opened.add(new ImportBatch.Secret(item.kind(), item.owner(), secret));
                } catch (SecretUnreadableException e) {
                    opened.forEach(s -> SecretCipher.wipe(s.secret()));
                    throw refused("/secrets/items/" + i, Text.get("io.import.secretChanged", item.owner()));
                }
            }
            return opened;
        } finally {
            SecretCipher.wipe(key);
        }
    }

    private static ImportRejectedException refused(String pointer, String message) {
        return new ImportRejectedException(List.of(new ImportProblem(pointer, 0, 0, message)));
    }

    /** The section's shape: known cipher and KDF, sane work factor, base64 everywhere, owners in the file. */
    static Optional<WorkspaceFile.Secrets> check(Problems problems, Bound<WorkspaceFile.Secrets> bound,
                                                 List<ImportBatch.MailboxEntry> mailboxes, List<ImportBatch.Registration> registrations) {
        WorkspaceFile.Secrets s = bound.value();
        int before = problems.count();
        if (!WorkspaceFile.Secrets.CIPHER.equals(s.cipher())) {
            problems.add(bound.at("cipher"), Text.get("io.problem.oneOf", WorkspaceFile.Secrets.CIPHER));
        }
        if (!WorkspaceFile.Secrets.KDF.equals(s.kdf())) {
            problems.add(bound.at("kdf"), Text.get("io.problem.oneOf", WorkspaceFile.Secrets.KDF));
        }
        if (problems.require(bound.at("iterations"), s.iterations())
                && (s.iterations() < SecretCipher.ITERATIONS || s.iterations() > SecretCipher.MAX_ITERATIONS)) {
            problems.add(bound.at("iterations"), Text.get("io.problem.iterations", SecretCipher.ITERATIONS, SecretCipher.MAX_ITERATIONS));
        }
        checkBase64(problems, bound.at("salt"), s.salt(), SecretCipher.SALT_BYTES);
        checkBase64(problems, bound.at("check"), s.check(), 1);
        Set<String> seen = new HashSet<>();
        List<WorkspaceFile.SealedSecret> items = s.items() == null ? List.of() : s.items();
        for (int i = 0; i < items.size(); i++) {
            String pointer = bound.at("items") + "/" + i;
            WorkspaceFile.SealedSecret item = items.get(i);
            if (item == null || !problems.require(pointer + "/kind", item.kind()) || !problems.require(pointer + "/owner", item.owner())) {
                continue;
            }
            boolean known = item.kind() == SecretKind.MAILBOX_PASSWORD
                    ? mailboxes.stream().anyMatch(m -> WorkspaceRules.sameName(m.mailbox().name(), item.owner()))
                    : registrations.stream().anyMatch(r -> WorkspaceRules.sameName(r.registration().name(), item.owner()));
            if (!known) {
                problems.add(pointer + "/owner", Text.get("io.problem.unknownOwner", item.owner()));
            } else if (!seen.add(item.kind() + "/" + WorkspaceRules.nameKey(item.owner()))) {
                problems.add(pointer + "/owner", Text.get("io.problem.duplicateSecret", item.owner()));
            }
            checkBase64(problems, pointer + "/sealed", item.sealed(), 1);
        }
        return problems.count() == before ? Optional.of(new WorkspaceFile.Secrets(s.cipher(), s.kdf(), s.iterations(), s.salt(),
                s.check(), List.copyOf(items))) : Optional.empty();
    }

    private static void checkBase64(Problems problems, String pointer, String value, int minBytes) {
        if (!problems.require(pointer, value)) {
            return;
        }
        try {
            if (Base64.getDecoder().decode(value).length < minBytes) {
                problems.add(pointer, Text.get("io.problem.base64"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(pointer, Text.get("io.problem.base64"));
        }
    }

    /** Frozen as it was written into files already exported: not {@link WorkspaceRules#nameKey}, which may change. */
    private static String context(SecretKind kind, String owner) {
        return "mailroom-export/" + kind.name() + "/" + owner.toUpperCase(Locale.ROOT);
    }
}
