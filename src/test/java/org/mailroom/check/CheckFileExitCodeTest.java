package org.mailroom.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.io.ExportedWorkspaceReader;

/** Exit codes of {@code check FILE} on real files: 2 only for a file that is no workspace file, 1 for rule breaks. */
class CheckFileExitCodeTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int check(String json) throws IOException {
        Path file = Files.writeString(folder.resolve("workspace.json"), json);
        return CheckCommand.run(new String[] {file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ExportedWorkspaceReader(), TestWorkspace.MARCH_2026);
    }

    @Test
    void aMailboxNameTooLongIsAnErrorFound() throws IOException {
        int exit = check("""
                {"format": "mailroom-workspace", "version": 1,
                 "servers": [{"ref": "s1", "host": "imap.contoso.com", "port": 993, "protocol": "IMAP", "security": "SSL_TLS"}],
                 "mailboxes": [{"name": "a-mailbox-name-far-longer-than-forty-characters-allowed", "direction": "INBOUND",
                                "maxSizeMb": 5, "login": "support@contoso.com", "server": "s1"}]}
                """);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Error: File [importRules]", "$.mailboxes[0].name");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aSecondOutboundMailboxIsAnErrorFound() throws IOException {
        String outbound = """
                {"name": "smtp-client", "direction": "OUTBOUND", "fromAddress": "a@contoso.com", "login": "a@contoso.com", "server": "s1"}""";
        int exit = check("""
                {"format": "mailroom-workspace", "version": 1,
                 "servers": [{"ref": "s1", "host": "smtp.contoso.com", "port": 587, "protocol": "SMTP", "security": "STARTTLS"}],
                 "mailboxes": [%s, %s]}
                """.formatted(outbound, outbound));

        assertThat(exit).isEqualTo(1);
    }

    @Test
    void aFileThatIsNoWorkspaceFileExitsTwo() throws IOException {
        assertThat(check("{\"format\": \"something-else\"}")).isEqualTo(2);
        assertThat(check("[1, 2")).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
