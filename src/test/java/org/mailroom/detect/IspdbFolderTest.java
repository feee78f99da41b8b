package org.mailroom.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin's ISPDB folder is read once, and again only when a file was added, changed or removed. */
class IspdbFolderTest {

    private static final EmailAddress BOB = EmailAddress.parse("bob@localpart.test");

    @TempDir
    Path folder;

    @Test
    void theFilesAreReadOnceAndAgainOnlyWhenTheFolderChanged() throws IOException {
        IspdbFolder ispdb = new IspdbFolder(folder);
        IspdbLibrary first = ispdb.library();

        assertThat(ispdb.library()).as("nothing changed: the same reading").isSameAs(first);
        assertThat(hosts(first)).isEmpty();

        Path file = copy("localpart.test");
        IspdbLibrary afterAdding = ispdb.library();
        assertThat(afterAdding).isNotSameAs(first);
        assertThat(hosts(afterAdding)).containsExactly("imap.localpart.test", "smtp.localpart.test");
        assertThat(ispdb.library()).isSameAs(afterAdding);

        // edited in place: same name, the folder's own time may not change
        Files.writeString(file, Files.readString(file).replace("imap.localpart.test", "imap2.localpart.test"));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(hosts(ispdb.library())).containsExactly("imap2.localpart.test", "smtp.localpart.test");

        Files.delete(file);
        assertThat(hosts(ispdb.library())).isEmpty();
    }

    @Test
    void aMissingFolderIsOnlyTheBundledFilesAndAppearingLaterIsNoticed() throws IOException {
        Path later = folder.resolve("ispdb");
        IspdbFolder ispdb = new IspdbFolder(later);

        assertThat(ispdb.library().notes()).isEmpty();

        Files.createDirectories(later);
        Files.copy(IspdbFolderTest.class.getResourceAsStream("localpart.test"), later.resolve("localpart.test"));
        assertThat(hosts(ispdb.library())).contains("imap.localpart.test");
    }

    private static List<String> hosts(IspdbLibrary library) {
        List<String> notes = new ArrayList<>();
        return library.candidates(BOB, BOB.domain(), notes::add).stream().map(Candidate::host).toList();
    }

    private Path copy(String resource) throws IOException {
        try (InputStream in = IspdbFolderTest.class.getResourceAsStream(resource)) {
            Path target = folder.resolve(resource);
            Files.copy(in, target);
            return target;
        }
    }
}
