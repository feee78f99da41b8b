package org.mailroom.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.mailroom.store.WorkspaceDatabase;

/**
 * A real workspace in a fresh temp folder for each test: declare {@code @ExtendWith(WorkspaceExtension.class)} and
 * take a {@link TempWorkspace} (the workspace with its stores) or a {@code WorkspaceDatabase} (its database as
 * first opened) as a parameter of a constructor, {@code @BeforeEach}, {@code @Test} or {@code @AfterEach} method.
 * All of them get the same workspace within one test, and a new one in the next test; after the test it is
 * closed and its temp folder deleted. {@link WorkspaceName @WorkspaceName("target")} on a parameter gives another,
 * independent workspace of the same test (in the same temp folder), e.g. to import into.
 *
 * <pre>{@code
 * @ExtendWith(WorkspaceExtension.class)
 * class SomeStoreTest {
 *     @Test
 *     void survivesAReopen(TempWorkspace workspace) {
 *         workspace.mailboxes().add(...);
 *         workspace.reopen();
 *         assertThat(workspace.mailboxes().findAll())...;
 *     }
 * }
 * }</pre>
 *
 * A parameter of a {@code @BeforeAll} method gets a workspace for the whole class instead.
 */
public final class WorkspaceExtension implements ParameterResolver {

    /** The name of the workspace a parameter without {@link WorkspaceName} gets; also its folder's name. */
    public static final String DEFAULT_NAME = "workspace";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WorkspaceExtension.class);

    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD; // a constructor parameter is the test's workspace, not the class's
    }

    /** Makes the workspaces of {@code context} and the tests below it live in {@code backend} ({@link BothBackends}). */
    static void useBackend(ExtensionContext context, Backend backend) {
        context.getStore(NAMESPACE).put(Backend.class, backend);
    }

    /** The backend the test's workspaces live in: H2 unless {@link BothBackends} says otherwise. */
    public static Backend backend(ExtensionContext context) {
        Backend backend = context.getStore(NAMESPACE).get(Backend.class, Backend.class);
        return backend == null ? Backend.H2 : backend;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TempWorkspace.class || type == WorkspaceDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        String name = parameter.findAnnotation(WorkspaceName.class).map(WorkspaceName::value).orElse(DEFAULT_NAME);
        TempWorkspace workspace = context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(TempFolder.class, type -> new TempFolder(backend(context)), TempFolder.class)
                .workspace(name);
        return parameter.getParameter().getType() == WorkspaceDatabase.class ? workspace.database() : workspace;
    }

    /** The test's temp folder and the workspaces in it; JUnit closes it when the test (or class) is over. */
    static final class TempFolder implements AutoCloseable {

        private final Path path;
        private final Backend backend;
        private final Map<String, TempWorkspace> workspaces = new LinkedHashMap<>();

        TempFolder(Backend backend) {
            this.backend = backend;
            try {
                path = Files.createTempDirectory("mailroom-test-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        synchronized TempWorkspace workspace(String name) {
            if (name.isBlank() || !Path.of(name).getFileName().toString().equals(name)) {
                throw new IllegalArgumentException("a workspace name is a plain folder name: '" + name + "'");
            }
            return workspaces.computeIfAbsent(name, n -> new TempWorkspace(path.resolve(n), backend));
        }

        @Override
        public synchronized void close() throws IOException {
            workspaces.values().forEach(TempWorkspace::dispose);
            workspaces.clear();
            deleteTree(path);
        }

        /** Deletes {@code root} and everything in it, deepest first. */
        static void deleteTree(Path root) throws IOException {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }

        @Override
        public String toString() {
            return path + " " + List.copyOf(workspaces.keySet());
        }
    }
}
