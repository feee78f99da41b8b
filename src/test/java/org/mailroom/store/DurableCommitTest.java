package org.mailroom.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.domain.DigitalApplication;

/** What a committed edit wrote is forced to the disk before the store call returns: nothing waits in the OS cache. */
class DurableCommitTest {

    /** What happened to the workspace file, in order: "open MODE", "write" or "force". */
    static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    @TempDir
    Path folder;

    private WorkspaceDatabase database;

    @BeforeAll
    static void watchFiles() {
        FilePath.register(new WatchedPath());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void eachCommittedEditEndsWithAForce() {
        database = WorkspaceDatabase.openThrough(WatchedPath.SCHEME, folder);
        ApplicationStore applications = new ApplicationStore(database);

        EVENTS.clear();
        DigitalApplication sales = applications.add(DigitalApplication.draft("Sales email"));
        assertThat(EVENTS).contains("write").last().isEqualTo("force");

        EVENTS.clear();
        applications.update(sales.withStream(true));
        assertThat(EVENTS).contains("write").last().isEqualTo("force");
    }

    @Test
    void aUseCaseOfSeveralStoreCallsForcesOnceAtItsEnd() {
        database = WorkspaceDatabase.openThrough(WatchedPath.SCHEME, folder);
        ApplicationStore applications = new ApplicationStore(database);

        EVENTS.clear();
        database.useTransaction(() -> {
            applications.add(DigitalApplication.draft("Sales email"));
            applications.add(DigitalApplication.draft("Support email"));
            assertThat(EVENTS).doesNotContain("force");
        });
        assertThat(EVENTS).containsOnlyOnce("force").last().isEqualTo("force");
    }

    /** H2's file system, recording writes and forces of the workspace file. */
    public static final class WatchedPath extends FilePathWrapper {

        static final String SCHEME = "watched";

        @Override
        public String getScheme() {
            return SCHEME;
        }

        @Override
        public FileChannel open(String mode) throws IOException {
            FileChannel channel = getBase().open(mode);
            if (!name.endsWith(".mv.db")) {
                return channel;
            }
            EVENTS.add("open " + mode);
            return new WatchedChannel(channel);
        }
    }

    private static final class WatchedChannel extends FileBase {

        private final FileChannel channel;

        WatchedChannel(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            EVENTS.add("write");
            return channel.write(src, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            EVENTS.add("write");
            return channel.write(src);
        }

        @Override
        public void force(boolean metaData) throws IOException {
            EVENTS.add("force");
            channel.force(metaData);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return channel.read(dst, position);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return channel.read(dst);
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public FileChannel position(long position) throws IOException {
            channel.position(position);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            channel.truncate(size);
            return this;
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return channel.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            channel.close();
        }
    }
}
