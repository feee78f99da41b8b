package org.mailroom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.SecretKind;
import org.mailroom.store.ImportBatch;

/** A secrets section changed after export is told apart from a mistyped passphrase. */
class TamperedSecretsTest {

    private static final char[] PASSPHRASE = "export phrase 1".toCharArray();

    private final WorkspaceFile.Secrets sealed = ExportSecrets.seal(PASSPHRASE, List.of(
            new ImportBatch.Secret(SecretKind.MAILBOX_PASSWORD, "sales", "Sales-Pa55!".toCharArray()),
            new ImportBatch.Secret(SecretKind.MAILBOX_PASSWORD, "billing", "Billing-Pa55!".toCharArray())));

    @Test
    void theRightPassphraseOpensAnUntouchedSection() throws Exception {
        assertThat(ExportSecrets.open(sealed, PASSPHRASE)).extracting(s -> new String(s.secret()))
                .containsExactly("Sales-Pa55!", "Billing-Pa55!");
    }

    @Test
    void aWrongPassphraseIsCalledOne() {
        assertThatThrownBy(() -> ExportSecrets.open(sealed, "export phrase 2".toCharArray()))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("$.secrets: The export passphrase does not open the secrets in this file. Try again, or import "
                        + "without the secrets. (If you are sure of the passphrase, the file was changed after export.)");
    }

    @Test
    void aChangedSecretIsReportedAsChangedAfterExport() {
        List<WorkspaceFile.SealedSecret> items = new ArrayList<>(sealed.items());
        byte[] bytes = Base64.getDecoder().decode(items.get(1).sealed());
        bytes[bytes.length - 1] ^= 1;
        items.set(1, new WorkspaceFile.SealedSecret(SecretKind.MAILBOX_PASSWORD, "billing", Base64.getEncoder().encodeToString(bytes)));

        assertThatThrownBy(() -> ExportSecrets.open(withItems(items), PASSPHRASE))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("$.secrets.items[1]: The secret of billing was changed after the file was exported: the passphrase "
                        + "is right, but this secret no longer is what was sealed. Ask for a new export, or import without the secrets.");
    }

    @Test
    void aSecretMovedToAnotherOwnerIsReportedAsChangedAfterExport() {
        List<WorkspaceFile.SealedSecret> items = List.of(
                new WorkspaceFile.SealedSecret(SecretKind.MAILBOX_PASSWORD, "sales", sealed.items().get(1).sealed()),
                new WorkspaceFile.SealedSecret(SecretKind.MAILBOX_PASSWORD, "billing", sealed.items().get(0).sealed()));

        assertThatThrownBy(() -> ExportSecrets.open(withItems(items), PASSPHRASE))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageStartingWith("$.secrets.items[0]: The secret of sales was changed after the file was exported");
    }

    private WorkspaceFile.Secrets withItems(List<WorkspaceFile.SealedSecret> items) {
        return new WorkspaceFile.Secrets(sealed.cipher(), sealed.kdf(), sealed.iterations(), sealed.salt(), sealed.check(), items);
    }
}
