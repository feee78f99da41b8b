package org.mailroom.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mailroom.testing.FakeMailServers;
import org.mailroom.testing.ScriptedServer;

/** The headless probe against a scripted SMTP server: exit codes and where the password may come from. */
class ProbeCommandTest {

    static final String PASSWORD = "Cli-Secret-2024";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void passwordFromStandardInputAndSuccessIsZero() throws IOException {
        try (ScriptedServer smtp = ScriptedServer.plain(FakeMailServers.smtp(null, "PLAIN", 0, "235 2.7.0 OK"))) {
            int code = run(stdin(PASSWORD + "\n"), Map.of(), "probe", "--protocol", "smtp", "--security", "none",
                    "--host", "localhost", "--port", String.valueOf(smtp.port()), "--user", "agent", "--timeout", "2");

            assertThat(code).as(err.toString()).isEqualTo(ProbeCommand.SUCCESS);
            assertThat(out.toString()).contains("Result: Warning", "No encryption", "235").doesNotContain(PASSWORD);
        }
    }

    @Test
    void passwordFromAnEnvironmentVariable() throws IOException {
        try (ScriptedServer smtp = ScriptedServer.plain(FakeMailServers.smtp(null, "PLAIN", 0, "235 2.7.0 OK"))) {
            int code = run(stdin(""), Map.of("MAILBOX_SECRET", PASSWORD), "--protocol=smtp", "--security=none",
                    "--host=localhost", "--port=" + smtp.port(), "--user=agent", "--password-env", "MAILBOX_SECRET");

            assertThat(code).as(err.toString()).isEqualTo(ProbeCommand.SUCCESS);
        }
    }

    @Test
    void aFailedTestIsOne() throws IOException {
        String reply = "535 5.7.3 Authentication unsuccessful";
        try (ScriptedServer smtp = ScriptedServer.plain(FakeMailServers.smtp(null, "LOGIN", 0, reply))) {
            int code = run(stdin(PASSWORD), Map.of(), "probe", "--protocol", "smtp", "--security", "none",
                    "--host", "localhost", "--port", String.valueOf(smtp.port()), "--user", "agent", "--timeout", "2");

            assertThat(code).isEqualTo(ProbeCommand.FAILED);
            assertThat(out.toString()).contains("Authentication failed", "SMTP.Send").doesNotContain(PASSWORD);
        }
    }

    @Test
    void refusesAPasswordOnTheCommandLine() {
        int code = run(stdin(""), Map.of(), "probe", "--protocol", "imap", "--security", "ssl", "--host", "localhost",
                "--user", "agent", "--password", PASSWORD);

        assertThat(code).isEqualTo(ProbeCommand.USAGE);
        assertThat(err.toString()).contains("never taken from the command line", "Usage: probe");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void badArgumentsAreTwo() {
        assertThat(run(stdin(PASSWORD), Map.of(), "probe", "--protocol", "nntp", "--security", "ssl", "--host", "h",
                "--user", "u")).isEqualTo(ProbeCommand.USAGE);
        assertThat(run(stdin(PASSWORD), Map.of(), "probe", "--protocol", "imap", "--security", "ssl", "--user", "u"))
                .isEqualTo(ProbeCommand.USAGE);
        assertThat(run(stdin(PASSWORD), Map.of(), "probe", "--protocol", "imap", "--security", "ssl", "--host", "h",
                "--user", "u", "--port", "99999")).isEqualTo(ProbeCommand.USAGE);
        assertThat(run(stdin(PASSWORD), Map.of(), "probe", "--protocol", "imap", "--security", "ssl", "--host", "h",
                "--user", "u", "--trust", "not-a-fingerprint")).isEqualTo(ProbeCommand.USAGE);
        assertThat(run(stdin(""), Map.of(), "probe", "--protocol", "imap", "--security", "ssl", "--host", "h",
                "--user", "u")).isEqualTo(ProbeCommand.USAGE);
        assertThat(run(stdin(PASSWORD), Map.of(), "probe", "--protocol", "imap", "--security", "ssl", "--host", "h",
                "--user", "u", "--password-env", "UNSET")).isEqualTo(ProbeCommand.USAGE);
        assertThat(err.toString()).contains("Usage: probe");
    }

    private int run(InputStream stdin, Map<String, String> env, String... args) {
        List<String> arguments = new ArrayList<>(List.of(args));
        return ProbeCommand.run(arguments.toArray(String[]::new), stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
    }

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
