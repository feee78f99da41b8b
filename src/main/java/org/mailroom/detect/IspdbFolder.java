package org.mailroom.detect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.mailroom.text.Text;

/**
 * The admin's ISPDB folder, read once and read again only when it changed: a detection compares the name, size and
 * modification time of each file with the last reading (a few file-system look-ups) instead of parsing every file.
 */
final class IspdbFolder {

    private final Path folder;
    private List<String> readFingerprint;
    private IspdbLibrary library;

    IspdbFolder(Path folder) {
        this.folder = folder;
    }

    /** The library as the folder is now; reads the files only when one was added, removed or changed. */
    synchronized IspdbLibrary library() {
        List<String> now = fingerprint();
        if (library == null || !now.equals(readFingerprint)) {
            library = IspdbLibrary.load(folder);
            readFingerprint = now;
        }
        return library;
    }

    private List<String> fingerprint() {
        List<String> fingerprint = new ArrayList<>();
        for (Path file : files(folder, note -> fingerprint.add("unlistable"))) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                fingerprint.add(file.getFileName() + "|" + attributes.size() + "|" + attributes.lastModifiedTime());
            } catch (IOException e) {
                fingerprint.add(file.getFileName() + "|unreadable");
            }
        }
        return fingerprint;
    }

    /**
     * The folder's regular files by name, whatever their extension (autoconfig serves a file as /v1.1/example.com);
     * hidden files and editor backups (~) are not the admin's configuration and are passed over.
     */
    static List<Path> files(Path folder, Consumer<String> notes) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith(".") && !f.getFileName().toString().endsWith("~"))
                    .sorted().toList();
        } catch (IOException e) {
            notes.accept(Text.get("detect.ispdb.folderUnreadable", folder));
            return List.of();
        }
    }
}
