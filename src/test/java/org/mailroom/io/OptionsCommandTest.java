package org.mailroom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.store.SampleWorkspace;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;

/** The headless options command: an exported workspace in, E-mail Server INI out, secrets only from stdin or env. */
@ExtendWith(WorkspaceExtension.class)
class OptionsCommandTest {

    private static final Clock MARCH_2026 = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private TempWorkspace workspace;
    private Path file;

    @BeforeEach
    void export(TempWorkspace workspace) throws Exception {
        this.workspace = workspace;
        new SampleWorkspace(workspace.servers(), workspace.mailboxes()).load();
        file = workspace.tempFolder().resolve("samples.json");
        WorkspaceExporter.write(file, WorkspaceContent.read(workspace.database()), WorkspaceExporter.Options.whole());
    }

    private int run(String stdin, Map<String, String> env, String... args) {
        return OptionsCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env, MARCH_2026);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheIniWithoutPasswordsUnlessGiven() {
        assertThat(run("", Map.of(), "options", file.toString())).isZero();

        assertThat(out()).contains("[smtp-client]", "server=smtp.office365.com", "[pop-client-").doesNotContain("password=");
    }

    @Test
    void secretsComeFromStandardInputAndTheEnvironment() {
        int exit = run("smtp-client=Out-Secret=1\n", Map.of("SALES_PW", "In-Secret"), file.toString(), "--secrets-stdin",
                "--secret-env", "returns_eu=SALES_PW");

        assertThat(exit).isZero();
        assertThat(out()).contains("password=Out-Secret=1", "password=In-Secret");
        assertThat(err()).isEmpty();
    }

    @Test
    void aSecretForNobodyIsRefusedWithoutRepeatingIt() {
        int exit = run("nobody=Top-Secret\n", Map.of(), file.toString(), "--secrets-stdin");

        assertThat(exit).isEqualTo(2);
        assertThat(err()).contains("No mailbox or app registration named nobody").doesNotContain("Top-Secret");
        assertThat(out()).isEmpty();
    }

    /** Writing into a folder that isn't there: the file's place in words, never the JDK's NoSuchFileException text. */
    @Test
    void aFileThatCannotBeWrittenIsNamedInWords() {
        java.nio.file.Path nowhere = file.resolveSibling("no-such-folder").resolve("options.ini");

        assertThat(run("", Map.of(), file.toString(), "--out", nowhere.toString())).isEqualTo(2);
        assertThat(err()).contains("no-such-folder").doesNotContain("NoSuchFileException", "Exception");
    }

    @Test
    void aSecretOnTheCommandLineIsNoOption() {
        assertThat(run("", Map.of(), file.toString(), "--password", "Top-Secret")).isEqualTo(2);
        assertThat(out()).isEmpty();
    }

    @Test
    void aWorkspaceWithErrorsIsNotHandedOver() throws Exception {
        MailServer exchange = workspace.servers().findAll().stream()
                .filter(s -> s.host().equals("outlook.office365.com") && s.protocol() == Protocol.IMAP).findFirst().orElseThrow();
        workspace.mailboxes().add(InboundMailbox.draft("sales.copy", 5, "sales@contoso.com", exchange));
        Path broken = workspace.tempFolder().resolve("broken.json");
        WorkspaceExporter.write(broken, WorkspaceContent.read(workspace.database()), WorkspaceExporter.Options.whole());

        assertThat(run("", Map.of(), broken.toString())).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(err()).contains("sales.copy", "no options were written");

        assertThat(run("", Map.of(), broken.toString(), "--even-with-errors")).isZero();
        assertThat(out()).contains("[pop-client-sales.copy]");
    }

    @Test
    void anUnreadableFileExitsTwoAndAnOutFileIsWritten() throws Exception {
        Path notJson = Files.writeString(workspace.tempFolder().resolve("notes.txt"), "hello");
        assertThat(run("", Map.of(), notJson.toString())).isEqualTo(2);

        Path ini = workspace.tempFolder().resolve("email-server.ini");
        assertThat(run("", Map.of(), file.toString(), "--out", ini.toString())).isZero();
        assertThat(Files.readString(ini)).contains("[smtp-client]");
    }
}
