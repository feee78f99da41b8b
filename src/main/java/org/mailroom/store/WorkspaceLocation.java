package org.mailroom.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import org.mailroom.text.Text;

/**
 * Where a workspace lives: a folder holding an embedded H2 file (one admin at a time), or a database on a team's
 * PostgreSQL server (several admins at once). Written as text for {@code --workspace} and the recent list: a folder
 * path, or {@code postgresql://USER@HOST:PORT/DATABASE} (with {@code ?ca=FILE} for a CA file of the team's own).
 */
public sealed interface WorkspaceLocation {

    String SCHEME = "postgresql://";

    /** How the location is written on the command line and in the recent list. */
    String reference();

    /** The short name the window title and About show. */
    String displayName();

    /** An embedded H2 workspace in a folder of its own. */
    record Folder(Path path) implements WorkspaceLocation {

        public Folder {
            path = path.toAbsolutePath().normalize();
        }

        @Override
        public String reference() {
            return path.toString();
        }

        @Override
        public String displayName() {
            Path name = path.getFileName();
            return name == null ? path.toString() : name.toString();
        }

        /** Whether the folder holds a workspace file (a folder without one would get a new, empty workspace). */
        public boolean holdsWorkspace() {
            return java.nio.file.Files.isRegularFile(path.resolve(WorkspaceDatabase.FILE_NAME + ".mv.db"));
        }
    }

    /**
     * A shared workspace on PostgreSQL. The connection is always TLS with the server's certificate and host name
     * verified ({@code sslmode=verify-full}); {@code caFile} is the team's CA certificate, or null for the ones
     * Java trusts.
     */
    record TeamServer(String host, int port, String database, String user, Path caFile) implements WorkspaceLocation {

        public static final int DEFAULT_PORT = 5432;

        @Override
        public String reference() {
            String base = SCHEME + user + "@" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
            return caFile == null ? base : base + "?ca=" + caFile;
        }

        @Override
        public String displayName() {
            return database + "@" + host;
        }

        /** The key the password is kept under in this computer's credential store and in the session. */
        public String secretKey() {
            return SCHEME + user + "@" + host + ":" + port + "/" + database;
        }
    }

    /**
     * Reads a location as typed: a {@code postgresql://} reference, or else a folder.
     *
     * @throws IllegalArgumentException with a sentence for the admin when a team reference is incomplete
     */
    static WorkspaceLocation parse(String text) {
        String typed = text.strip();
        if (!typed.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return new Folder(Path.of(typed));
        }
        try {
            URI uri = new URI(typed);
            String user = uri.getUserInfo();
            String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            if (uri.getHost() == null || user == null || user.isBlank() || database.isBlank()) {
                throw new IllegalArgumentException(Text.get("team.reference.incomplete", typed));
            }
            Path ca = Optional.ofNullable(uri.getQuery()).filter(query -> query.startsWith("ca="))
                    .map(query -> Path.of(query.substring(3))).orElse(null);
            String host = uri.getHost().replaceAll("^\\[|]$", "");
            return new TeamServer(host, uri.getPort() < 0 ? TeamServer.DEFAULT_PORT : uri.getPort(), database, user, ca);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(Text.get("team.reference.incomplete", typed), e);
        }
    }
}
