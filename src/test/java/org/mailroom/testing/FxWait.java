package org.mailroom.testing;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting in window tests: for a condition that background work makes true, then for the FX thread. */
public final class FxWait {

    private FxWait() {
    }

    /**
     * Waits up to 10 s for {@code condition}, asked on the FX thread: a lookup walks the scene graph, which the FX thread
     * may be changing at that moment (a window closing), and read from the test's thread it can fail half-way.
     */
    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFxThread(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean onFxThread(BooleanSupplier condition) throws InterruptedException, TimeoutException {
        try {
            return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }
}
