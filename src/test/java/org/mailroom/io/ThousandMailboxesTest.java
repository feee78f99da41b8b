package org.mailroom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.io.ImportConflict.Resolution;
import org.mailroom.secrets.SecretCipher;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Export and import of a 1,000-mailbox workspace stay fast enough to run on the UI's background thread. */
class ThousandMailboxesTest {

    private static final Logger LOG = LoggerFactory.getLogger(ThousandMailboxesTest.class);

    @TempDir
    Path folder;

    @Test
    void exportAndImportAThousandMailboxes() throws Exception {
        try (WorkspaceDatabase source = WorkspaceDatabase.open(folder.resolve("source"));
             WorkspaceDatabase target = WorkspaceDatabase.open(folder.resolve("target"))) {
            MailServerStore servers = new MailServerStore(source);
            new WorkspaceGenerator(servers, new MailboxStore(source, servers)).generate(1_000, 42);
            Path file = folder.resolve("big.json");

            long start = System.nanoTime();
            WorkspaceExporter.write(file, WorkspaceContent.read(source), WorkspaceExporter.Options.whole());
            long exported = System.nanoTime();
            WorkspaceImporter importer = new WorkspaceImporter(target);
            CheckedImport checked = importer.check(file);
            long checkedAt = System.nanoTime();
            importer.apply(checked, ImportChoices.all(Resolution.SKIP), null, null);
            long imported = System.nanoTime();

            LOG.warn("1,000 mailboxes: export {} ms ({} KB), check {} ms, apply {} ms", (exported - start) / 1_000_000,
                    Files.size(file) / 1024, (checkedAt - exported) / 1_000_000, (imported - checkedAt) / 1_000_000);
            assertThat(WorkspaceContent.read(target).mailboxes()).hasSize(1_000);
            assertThat(RoundTripTest.json(target)).isEqualTo(RoundTripTest.json(source));
            assertThat((imported - start) / 1_000_000).isLessThan(60_000);
        }
    }

    @Test
    void oneKeyDerivationTakesAboutAsLongAsAnUnlockWaits() {
        SecretCipher.deriveKey("warm up the JIT".toCharArray(), new byte[16], SecretCipher.ITERATIONS);
        long start = System.nanoTime();
        SecretCipher.deriveKey("correct horse battery".toCharArray(), new byte[16], SecretCipher.ITERATIONS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.warn("PBKDF2-HMAC-SHA256, {} iterations: {} ms", SecretCipher.ITERATIONS, millis);
        assertThat(millis).isLessThan(30_000);
    }
}
