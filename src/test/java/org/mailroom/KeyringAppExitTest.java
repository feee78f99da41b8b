package org.mailroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.Vault;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.testing.SecretServiceSession;

/**
 * The app used the OS credential store, then its window closes: the process ends within 2 seconds (the
 * D-Bus connection's non-daemon thread kept it running before). The key was saved by this process and is
 * read back by the app's, with no passphrase: a second process gets the saved passwords back.
 */
@Tag("keyring")
class KeyringAppExitTest {

    private static final Duration EXIT_LIMIT = Duration.ofSeconds(2);

    @TempDir
    Path folder;

    @Test
    void theAppOpensTheVaultFromTheStoreInASecondProcessAndEndsWithin2SecondsOfClosingItsWindow() throws Exception {
        try (SecretServiceSession session = SecretServiceSession.start(folder.resolve("session")).useInThisJvm()) {
            AppPaths paths = new AppPaths(folder.resolve("app"));
            try (WorkspaceDatabase database = WorkspaceDatabase.open(paths.dataFolder()); OsKeyring keyring = OsKeyring.system()) {
                new Vault(database, keyring).setUpWithKeyring();
            }

            String java = ProcessHandle.current().info().command().orElse("java");
            Process app = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), session.jvmOption(),
                    "-D" + AppPaths.HOME_PROPERTY + "=" + paths.dataFolder(),
                    "-Djava.util.logging.config.file=" + System.getProperty("java.util.logging.config.file", ""),
                    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                    "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    KeyringAppProcess.class.getName())
                    .redirectErrorStream(true).start();
            List<String> output = new ArrayList<>();
            try {
                BufferedReader lines = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
                boolean closing = CompletableFuture.supplyAsync(() -> {
                    try {
                        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                            output.add(line);
                            if (line.equals("closing")) {
                                return true;
                            }
                        }
                    } catch (IOException e) {
                        output.add(e.toString());
                    }
                    return false;
                }).completeOnTimeout(false, 90, TimeUnit.SECONDS).get();
                long closedAt = System.nanoTime();
                assertThat(closing).as("the app opened its saved passwords from the store and closed its window: %s", output).isTrue();
                assertThat(output).contains("opened");

                boolean ended = app.waitFor(EXIT_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
                long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closedAt);
                System.out.println("KeyringAppExitTest: the process ended " + tookMs + " ms after its window closed");
                assertThat(ended).as("the process ended within %s of its window closing (took %d ms)", EXIT_LIMIT, tookMs).isTrue();
                assertThat(app.exitValue()).isZero();
            } finally {
                app.destroyForcibly();
            }
        }
    }
}
