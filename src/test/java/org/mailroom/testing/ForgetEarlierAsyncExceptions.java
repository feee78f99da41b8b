package org.mailroom.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Before a UI test class and each of its tests: forgets the exceptions TestFX collected from other threads until
 * then, which TestFX would otherwise throw into the next test that waits for the FX thread. They come from servers
 * earlier test classes in the same JVM left closing (GreenMail: "Can not handle IMAP connection"), never from this
 * test: an exception raised while it runs still fails it.
 */
public final class ForgetEarlierAsyncExceptions implements BeforeAllCallback, BeforeEachCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        WaitForAsyncUtils.clearExceptions();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        WaitForAsyncUtils.clearExceptions();
    }
}
