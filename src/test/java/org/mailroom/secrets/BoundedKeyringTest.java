package org.mailroom.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mailroom.secrets.KeyringException.Problem;

/**
 * A store call that hangs (an unlock prompt nobody answers) ends at the bound or when the waiting thread
 * is interrupted (Cancel), with a sentence; the hung call is interrupted and the next call is not stuck
 * behind it. The store here only hangs: what a real one does is in RealKeyringTest.
 */
class BoundedKeyringTest {

    /** Answers at once, except while {@code hang} is set: then it waits until interrupted. */
    private static final class HangingStore implements OsKeyring {
        volatile boolean hang = true;
        final CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
        volatile boolean closed;

        @Override
        public boolean isAvailable() {
            return true;
        }

        @Override
        public Optional<String> read(String account) {
            if (hang) {
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    interrupted.complete(true);
                    throw new KeyringException(Problem.CANCELLED, e);
                }
            }
            return Optional.of("key");
        }

        @Override
        public void write(String account, String value) {
        }

        @Override
        public void delete(String account) {
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void aHangingCallEndsAtTheBoundAndTheNextCallIsNotStuckBehindIt() throws Exception {
        HangingStore store = new HangingStore();
        BoundedKeyring keyring = new BoundedKeyring(store, Duration.ofMillis(200));

        long start = System.nanoTime();
        assertThatThrownBy(() -> keyring.read("a")).isInstanceOf(KeyringException.class)
                .hasMessageStartingWith("The credential store did not answer in time");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(store.interrupted.get(2, TimeUnit.SECONDS)).isTrue(); // the library's prompt wait ends on interrupt
        assertThat(store.closed).isTrue();

        store.hang = false;
        assertThat(keyring.read("a")).contains("key");
    }

    @Test
    void cancellingTheWaitEndsItAtOnceWithNothingChanged() throws Exception {
        HangingStore store = new HangingStore();
        BoundedKeyring keyring = new BoundedKeyring(store, Duration.ofMinutes(1));
        ExecutorService admin = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<String>> waiting = admin.submit(() -> keyring.read("a"));
            Thread.sleep(50);
            long start = System.nanoTime();
            admin.shutdownNow(); // what Cancel does to the keyring worker's task

            assertThatThrownBy(() -> waiting.get(2, TimeUnit.SECONDS)).hasCauseInstanceOf(KeyringException.class)
                    .cause().hasMessage("Stopped waiting for the credential store. Nothing was changed.");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(store.interrupted.get(2, TimeUnit.SECONDS)).isTrue();
        } finally {
            admin.shutdownNow();
        }
    }
}
