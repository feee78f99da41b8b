package org.mailroom.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.stream.Stream;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs every test of the class twice: once on a folder's H2 workspace, once on a team workspace on the test JVM's
 * PostgreSQL ({@link SharedPostgres}, a fresh database per test). The class takes {@link TempWorkspace} or
 * {@code WorkspaceDatabase} parameters as with {@link WorkspaceExtension} alone; nothing else changes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ClassTemplate
@ExtendWith(BothBackends.Invocations.class)
@ExtendWith(WorkspaceExtension.class)
public @interface BothBackends {

    /** One run of the class per backend; the backend is kept where {@link WorkspaceExtension} finds it. */
    final class Invocations implements ClassTemplateInvocationContextProvider {

        @Override
        public boolean supportsClassTemplate(ExtensionContext context) {
            return true;
        }

        @Override
        public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
            return Stream.of(Backend.values()).map(backend -> new ClassTemplateInvocationContext() {
                @Override
                public String getDisplayName(int invocationIndex) {
                    return backend == Backend.H2 ? "H2 folder" : "PostgreSQL team server";
                }

                @Override
                public void prepareInvocation(ExtensionContext invocation) {
                    WorkspaceExtension.useBackend(invocation, backend);
                }
            });
        }
    }
}
