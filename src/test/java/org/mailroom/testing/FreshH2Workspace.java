package org.mailroom.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.mailroom.store.WorkspaceDatabase;

/**
 * A new H2 workspace as Mailroom makes it, made once per test JVM and copied into each test's folder, as
 * {@link SharedPostgres} clones its template database: making one runs the migrations, which the tests of everything
 * else need not pay for again and again (they were most of the test run's CPU). Making a workspace stays tested where
 * it is the subject: {@code BaselineSchemaTest}, {@code WorkspaceStoreTest}, {@code WorkspaceUpgradeTest}, the command
 * tests, and the window tests that open Mailroom their own way (its start, switching, the last workspace), which let
 * Mailroom make its own.
 */
final class FreshH2Workspace {

    private static byte[] file;

    private FreshH2Workspace() {
    }

    /** Puts a new workspace's file into {@code folder} (made if missing), which must not hold one yet. */
    static synchronized void copyTo(Path folder) {
        try {
            if (file == null) {
                file = made();
            }
            Files.createDirectories(folder);
            Files.write(Workspaces.file(folder), file, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] made() throws IOException {
        Path scratch = Files.createTempDirectory("mailroom-template-");
        try {
            Path folder = scratch.resolve("workspace");
            WorkspaceDatabase.open(folder).close();
            return Files.readAllBytes(Workspaces.file(folder));
        } finally {
            WorkspaceExtension.TempFolder.deleteTree(scratch);
        }
    }
}
