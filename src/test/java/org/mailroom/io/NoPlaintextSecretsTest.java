package org.mailroom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailroom.domain.SecretRef;
import org.mailroom.io.ImportConflict.Resolution;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.Secrets;
import org.mailroom.secrets.Vault;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;
import org.mailroom.testing.WorkspaceName;

/** Saves, exports, imports and fails with known secrets, then looks for them everywhere they must not be. */
@ExtendWith(WorkspaceExtension.class)
class NoPlaintextSecretsTest {

    private static final String PASSWORD = "Plaintext-Mailbox-Pa55word";
    private static final String CLIENT_SECRET = "Plaintext~Client~Secret~42";
    private static final String MASTER = "Plaintext master passphrase";
    private static final String EXPORT = "Plaintext export passphrase";

    private Path folder;

    @Test
    void noSecretInTheWorkspaceFileTheLogOrAnyExport(TempWorkspace sourceWorkspace,
                                                     @WorkspaceName("target") TempWorkspace targetWorkspace) throws Exception {
        folder = sourceWorkspace.tempFolder();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Handler handler = captureAllLogging(log);
        List<Path> written = new ArrayList<>();
        try {
            try (sourceWorkspace; targetWorkspace) { // closed before their files are read
                WorkspaceDatabase source = sourceWorkspace.database();
                WorkspaceDatabase target = targetWorkspace.database();
                IoSamples.Sample sample = IoSamples.fill(source);
                Vault vault = new Vault(source, OsKeyring.UNAVAILABLE);
                vault.setUp(MASTER.toCharArray());
                Secrets keeper = new Secrets(vault);
                keeper.remember(SecretRef.mailboxPassword(sample.sales().id()), PASSWORD.toCharArray());
                keeper.remember(SecretRef.clientSecret(sample.gov().id()), CLIENT_SECRET.toCharArray());
                vault.unlock("not the master passphrase".toCharArray());
                vault.lock();
                vault.unlock(MASTER.toCharArray());
                WorkspaceContent content = WorkspaceContent.read(source);

                written.add(write("plain.json", WorkspaceExporter.toJson(WorkspaceExporter.build(content, WorkspaceExporter.Options.whole()))));
                Path withSecrets = write("with-secrets.json", WorkspaceExporter.toJson(WorkspaceExporter.build(content,
                        WorkspaceExporter.Options.whole().withSecrets(EXPORT.toCharArray(), keeper::get))));
                written.add(withSecrets);
                written.add(write("options.ini", EmailServerOptions.ini(content, EmailServerOptions.Settings.withoutPasswords())
                        .getBytes(StandardCharsets.UTF_8)));
                written.add(write("summary.html", ConfigurationSummary.html(content, List.of(), ZonedDateTime.now()).getBytes(StandardCharsets.UTF_8)));

                Vault targetVault = new Vault(target, OsKeyring.UNAVAILABLE);
                targetVault.setUp(MASTER.toCharArray());
                WorkspaceImporter importer = new WorkspaceImporter(target);
                CheckedImport checked = importer.check(withSecrets);
                try {
                    importer.apply(checked, ImportChoices.all(Resolution.SKIP), "wrong export passphrase".toCharArray(),
                            new Secrets(targetVault));
                } catch (ImportRejectedException expected) {
                    log.write(expected.getMessage().getBytes(StandardCharsets.UTF_8));
                }
                importer.apply(checked, ImportChoices.all(Resolution.SKIP), EXPORT.toCharArray(),
                        new Secrets(targetVault));
                assertThat(targetVault.load(SecretRef.mailboxPassword(WorkspaceContent.read(target).mailboxes().stream()
                        .filter(m -> m.name().equals("sales")).findFirst().orElseThrow().id())).map(String::new)).contains(PASSWORD);
                log.write((vault + " " + keeper + " " + checked + " " + content).getBytes(StandardCharsets.UTF_8));
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(p -> p.toString().endsWith(".db")).forEach(written::add);
            }
        } finally {
            release(handler);
        }

        assertThat(written).filteredOn(p -> p.toString().endsWith(".mv.db")).hasSize(2);
        for (Path file : written) {
            assertNoSecretIn(file.toString(), Files.readAllBytes(file));
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("Vault unlocked", "Import applied");
        assertNoSecretIn("the log", log.toByteArray());
    }

    private static void assertNoSecretIn(String where, byte[] content) {
        String latin1 = new String(content, StandardCharsets.ISO_8859_1);
        String utf16 = new String(content, StandardCharsets.UTF_16LE) + new String(content, StandardCharsets.UTF_16BE);
        for (String secret : List.of(PASSWORD, CLIENT_SECRET, MASTER, EXPORT)) {
            assertThat(latin1).as("%s holds %s", where, secret).doesNotContain(secret)
                    .doesNotContain(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
            assertThat(utf16).as("%s holds %s (UTF-16)", where, secret).doesNotContain(secret);
        }
    }

    private Path write(String name, byte[] content) throws Exception {
        Path file = folder.resolve(name);
        AtomicFiles.write(file, content);
        return file;
    }

    /** Every record at every level, formatted as the log file formats it, with stack traces. */
    private static Handler captureAllLogging(ByteArrayOutputStream out) {
        StreamHandler handler = new StreamHandler(out, new SimpleFormatter());
        handler.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        root.setLevel(Level.ALL);
        return handler;
    }

    private static void release(Handler handler) {
        handler.flush();
        Logger root = Logger.getLogger("");
        root.removeHandler(handler);
        root.setLevel(Level.WARNING);
    }
}
