package org.mailroom.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mailroom.store.WorkspaceDatabase;

/** Another Mailroom process holding a workspace open, as a second window or a running command would. */
public final class HeldWorkspace implements AutoCloseable {

    private final Process holder;

    private HeldWorkspace(Process holder) {
        this.holder = holder;
    }

    /** Starts the other process and returns once it has the workspace in {@code folder} open. */
    public static HeldWorkspace start(Path folder) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // The child logs as the tests do (warnings only), so its first line is its answer.
        String logging = "-Djava.util.logging.config.file=" + System.getProperty("java.util.logging.config.file", "");
        Process process = new ProcessBuilder(java, logging, "-cp", System.getProperty("java.class.path"), HeldWorkspace.class.getName(),
                folder.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String said = out.readLine();
        if (!"open".equals(said)) {
            process.destroyForcibly();
            throw new IllegalStateException("the other process did not open the workspace: " + said);
        }
        return new HeldWorkspace(process);
    }

    /** Lets the other process close the workspace and end. */
    @Override
    public void close() throws IOException {
        try {
            holder.getOutputStream().close();
            holder.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            holder.destroyForcibly();
        }
    }

    /** The other process: opens the workspace, says so, and holds it until its stdin closes. */
    public static void main(String[] args) throws Exception {
        try (WorkspaceDatabase database = WorkspaceDatabase.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            List.of(System.in.read());
        }
    }
}
