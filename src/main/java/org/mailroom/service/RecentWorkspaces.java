package org.mailroom.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspaces this computer opened, most recent first, at most {@value #LIMIT}: a text file beside
 * {@code window.properties}, one location a line as {@code --workspace} takes it (a folder, or a team reference; never a
 * password). The first one opens at start. Reading and writing it is file work: not on the FX thread.
 */
public final class RecentWorkspaces {

    public static final String FILE_NAME = "recent-workspaces.txt";
    public static final int LIMIT = 10;
    private static final Logger LOG = LoggerFactory.getLogger(RecentWorkspaces.class);

    /**
     * One line of Workspace ▸ Open recent.
     *
     * @param reference how it is written in the file (and on the command line)
     * @param name      the folder's name, {@code database@host}, or "Default workspace"
     * @param missing   a folder that no longer holds a workspace (moved, deleted, on a disk not mounted)
     */
    public record Entry(String reference, String name, boolean team, boolean missing) {
    }

    private final Path file;
    private final Path defaultFolder;

    /** @param dataFolder where the file lives, and the default workspace's folder */
    public RecentWorkspaces(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
        this.defaultFolder = new WorkspaceLocation.Folder(dataFolder).path();
    }

    /** The locations, most recent first; lines that can't be read as one are skipped. */
    public List<WorkspaceLocation> locations() {
        List<WorkspaceLocation> locations = new ArrayList<>();
        for (String line : lines()) {
            try {
                locations.add(WorkspaceLocation.parse(line));
            } catch (IllegalArgumentException e) {
                LOG.warn("Skipping an unreadable line of {}", file);
            }
        }
        return locations;
    }

    /** The workspace opened last, if any. */
    public Optional<WorkspaceLocation> last() {
        return locations().stream().findFirst();
    }

    /** The list as the menu shows it; looks whether each folder still holds its workspace (file work). */
    public List<Entry> entries() {
        return locations().stream().map(location -> new Entry(location.reference(), nameOf(location),
                location instanceof WorkspaceLocation.TeamServer,
                location instanceof WorkspaceLocation.Folder folder && !folder.holdsWorkspace())).toList();
    }

    /** What the title and About call the workspace: its folder's name, {@code database@host}, or "Default workspace". */
    public String nameOf(WorkspaceLocation location) {
        if (location instanceof WorkspaceLocation.Folder folder && folder.path().equals(defaultFolder)) {
            return Text.get("workspaces.default");
        }
        return location.displayName();
    }

    /** Whether {@code location} is the data folder's own workspace, which always opens. */
    public boolean isDefault(WorkspaceLocation location) {
        return location instanceof WorkspaceLocation.Folder folder && folder.path().equals(defaultFolder);
    }

    /** Puts the workspace first (once), dropping the oldest past {@value #LIMIT}. */
    public synchronized void opened(WorkspaceLocation location) {
        List<String> lines = new ArrayList<>(lines());
        lines.removeIf(line -> sameAs(line, location));
        lines.add(0, location.reference());
        write(lines.subList(0, Math.min(LIMIT, lines.size())));
    }

    /** Takes a line off the list (a missing workspace the admin no longer wants offered). */
    public synchronized void remove(String reference) {
        List<String> lines = new ArrayList<>(lines());
        if (lines.remove(reference)) {
            write(lines);
        }
    }

    private static boolean sameAs(String line, WorkspaceLocation location) {
        try {
            WorkspaceLocation read = WorkspaceLocation.parse(line);
            if (read instanceof WorkspaceLocation.TeamServer team && location instanceof WorkspaceLocation.TeamServer other) {
                return team.secretKey().equals(other.secretKey()); // the same database, whichever CA file it was reached with
            }
            return read.equals(location);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private List<String> lines() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warn("The list of recent workspaces {} could not be read; starting without it", file, e);
            return List.of();
        }
    }

    /** Written to a temporary file and moved into place; a failure only costs the list, so it is logged. */
    private void write(List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "recent", ".tmp");
            Files.write(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("The list of recent workspaces was not saved to {}", file, e);
        }
    }
}
