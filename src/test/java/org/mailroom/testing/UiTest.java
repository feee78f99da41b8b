package org.mailroom.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that starts the JavaFX toolkit (TestFX, headless on Monocle): runs with TestFX's application extension
 * ({@link UiTestExtension}, whose robot waits once per typed text or click), after {@link ForgetEarlierAsyncExceptions}
 * (what other test classes' servers threw is not this test's failure), and is tagged {@value #TAG}, the tag {@code ./mvnw verify -Pfast} leaves out.
 * {@link MainWindowTestBase} carries it, so every window test does; {@code UiTagTest} fails for a test class that
 * uses TestFX without it.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag(UiTest.TAG)
@ExtendWith({ForgetEarlierAsyncExceptions.class, UiTestExtension.class})
public @interface UiTest {

    String TAG = "ui";
}
