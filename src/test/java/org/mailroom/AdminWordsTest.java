package org.mailroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.aad.msal4j.MsalClientException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailroom.check.CheckCommand;
import org.mailroom.check.CheckInput;
import org.mailroom.check.ConfigurationCheck;
import org.mailroom.io.ExportedWorkspaceReader;
import org.mailroom.io.FileAccessException;
import org.mailroom.io.ImportRejectedException;
import org.mailroom.io.WorkspaceImporter;
import org.mailroom.mail.ProbeCommand;
import org.mailroom.oauth.TokenErrors;
import org.mailroom.oauth.TokenFailure;
import org.mailroom.secrets.Secrets;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.Vault;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.service.WorkspaceFiles;
import org.mailroom.store.StoreFailures;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.testing.HeldWorkspace;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Failures;

/**
 * Every failure path an admin can meet with a file, a server or the workspace: what reaches the screen or
 * the command line names the cause in the admin's words, and carries no internals (a Java class, a Jackson
 * feature, SQL, an enum constant, a stack trace).
 */
@ExtendWith(WorkspaceExtension.class)
class AdminWordsTest {

    /** A Java or library class, a Jackson feature or backtick, SQL, an enum constant such as US_GOV_GCC_HIGH, a stack frame. */
    private static final Pattern INTERNALS = Pattern.compile("\\b(java|javax|jakarta|com|org)\\.[a-z]+\\.|\\b[A-Z]\\w*(Exception|Error)\\b"
            + "|`|\\w+Feature\\b|\\bSQL\\b|\\b(INSERT|SELECT|UPDATE|DELETE) |\\b[A-Z0-9]+_[A-Z0-9_]+\\b|\\n\\s+at [\\w.$]+\\(");

    private static final String WORKSPACE_START = "{\"format\": \"mailroom-workspace\", \"version\": 1";
    private static final String SERVER = ", \"servers\": [{\"ref\": \"a\", \"host\": \"imap.example.com\", \"port\": %s, \"protocol\": \"IMAP\", \"security\": \"SSL_TLS\"}]}";

    private static TempWorkspace workspace;
    private static WorkspaceFiles files;

    /** One workspace for the class: every case leaves it unchanged, and each says so. */
    @BeforeAll
    static void open(TempWorkspace shared) {
        workspace = shared;
        WorkspaceDatabase database = workspace.database();
        files = new WorkspaceFiles(database, new Secrets(new Vault(database, OsKeyring.system())), new WorkspaceEvents(),
                () -> new ConfigurationCheck(Clock.systemUTC()).run(CheckInput.of(WorkspaceContent.read(database))));
    }

    /** The import files an admin may pick by mistake or hand-edit: each gets a sentence, in the window and from {@code check}. */
    static Stream<Arguments> jsonFiles() {
        return Stream.of(
                Arguments.of("NaN", WORKSPACE_START + SERVER.formatted("NaN"), "NaN is not a number"),
                Arguments.of("Infinity", WORKSPACE_START + SERVER.formatted("-Infinity"), "JSON has no NaN or Infinity"),
                Arguments.of("a // comment", "// exported by hand\n" + WORKSPACE_START + "}", "JSON has no comments"),
                Arguments.of("a /* comment */", WORKSPACE_START + ", /* servers later */ \"servers\": []}", "JSON has no comments"),
                Arguments.of("two documents", WORKSPACE_START + "}\n" + WORKSPACE_START + "}", "holds one JSON object, not two"),
                Arguments.of("a trailing token", WORKSPACE_START + "} end", "goes on after the workspace's closing }"),
                Arguments.of("a port out of range", WORKSPACE_START + SERVER.formatted("99999999999"), "the number is out of range"),
                Arguments.of("a version out of range", "{\"format\": \"mailroom-workspace\", \"version\": 99999999999999}", "is not one Mailroom wrote"),
                Arguments.of("a port of the wrong type", WORKSPACE_START + SERVER.formatted("\"993\""), "expected a whole number"),
                Arguments.of("a truncated file", WORKSPACE_START + ", \"servers\": [{\"ref\": \"a\", \"host\": \"imap.exa", "incomplete or was cut off"),
                Arguments.of("not JSON at all", "<!DOCTYPE html><html><body>Mailboxes</body></html>", "this is not JSON text"),
                Arguments.of("single quotes", "{'format': 'mailroom-workspace'}", "not single quotes"),
                Arguments.of("a trailing comma", WORKSPACE_START + ",}", "remove the comma after the last item"),
                Arguments.of("a UTF-16 file", "\uFEFF" + WORKSPACE_START + "}", "not valid UTF-8"));
    }

    @ParameterizedTest(name = "import: {0}")
    @MethodSource("jsonFiles")
    void anImportFileIsRefusedInWordsAndTheWorkspaceIsUnchanged(String what, String json, String cause) throws Exception {
        WorkspaceContent before = WorkspaceContent.read(workspace.database());
        Path file = file(what, json);

        String shown = shown(() -> files.check(file));

        assertAdminWords(shown, cause);
        assertThat(WorkspaceContent.read(workspace.database())).isEqualTo(before);
    }

    /** Files that are Mailroom workspace files, read to the end, with a value the import refuses. */
    private static final java.util.Set<String> VALUES_IN_A_WORKSPACE_FILE = java.util.Set.of("a port out of range", "a port of the wrong type");

    @ParameterizedTest(name = "check command: {0}")
    @MethodSource("jsonFiles")
    void theCheckCommandSaysTheSameWithoutAStackTrace(String what, String json, String cause) throws Exception {
        Path file = file(what, json);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = CheckCommand.run(new String[] {"check", file.toString()}, print(out), print(err), new ExportedWorkspaceReader());

        if (VALUES_IN_A_WORKSPACE_FILE.contains(what)) {
            // a Mailroom file with a wrong value: an error found (exit 1), listed with the findings
            assertThat(exit).isEqualTo(CheckCommand.ERRORS);
            assertAdminWords(out.toString(StandardCharsets.UTF_8), cause);
            return;
        }
        assertThat(exit).isEqualTo(CheckCommand.UNUSABLE);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertAdminWords(err.toString(StandardCharsets.UTF_8), cause);
    }

    @Test
    void aUtf8ByteOrderMarkIsAcceptedAsWindowsEditorsWriteIt() throws Exception {
        Path file = workspace.tempFolder().resolve("bom.json");
        Files.write(file, ("\uFEFF" + WORKSPACE_START + SERVER.formatted("993")).getBytes(StandardCharsets.UTF_8));

        assertThat(new WorkspaceImporter(workspace.database()).check(file).items().servers()).hasSize(1);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CheckCommand.run(new String[] {"check", file.toString()}, print(new ByteArrayOutputStream()), print(err),
                new ExportedWorkspaceReader());
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isNotEqualTo(CheckCommand.UNUSABLE);
    }

    /** What the window says for a failure, and what the check command says for a file. */
    static Stream<Arguments> otherFailures() {
        return Stream.of(
                Arguments.of("an import file that is not there", "There is no file"),
                Arguments.of("an import file that is a folder", "is a folder, not a file"),
                Arguments.of("an export into a missing folder", "The folder"),
                Arguments.of("an export into a read-only folder", "may not write in the folder"),
                Arguments.of("an export onto a folder", "choose a file name"),
                Arguments.of("a value longer than its column", "longer than the workspace can keep"),
                Arguments.of("an unknown sign-in host", "The host login.microsoftonline.us was not found"),
                Arguments.of("the check command on a missing file", "There is no file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherFailures")
    void aFailureIsShownInWords(String what, String cause) throws Exception {
        Path folder = workspace.tempFolder();
        WorkspaceContent before = WorkspaceContent.read(workspace.database());
        String shown = switch (what) {
            case "an import file that is not there" -> shown(() -> files.check(folder.resolve("gone.json")));
            case "an import file that is a folder" -> shown(() -> files.check(folder));
            case "an export into a missing folder" -> shown(() -> write(folder.resolve("missing/summary.html")));
            case "an export into a read-only folder" -> readOnlyFolder(folder.resolve("locked"));
            case "an export onto a folder" -> shown(() -> write(Files.createDirectories(folder.resolve("summary.html"))));
            case "a value longer than its column" -> Failures.describe(StoreFailures.valueTooLong(workspace.database()));
            case "an unknown sign-in host" -> tokenFailure(TokenErrors.classify(
                    new MsalClientException(new UnknownHostException("login.microsoftonline.us"))));
            case "the check command on a missing file" -> checkCommand(folder.resolve("gone.json"));
            default -> throw new IllegalArgumentException(what);
        };
        assertAdminWords(shown, cause);
        assertThat(WorkspaceContent.read(workspace.database())).isEqualTo(before);
    }

    @Test
    void aProbeOfAnUnknownHostSaysSoWithoutAClassName() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = ProbeCommand.run(new String[] {"probe", "--protocol", "imap", "--security", "ssl", "--host", "nope.invalid",
                "--user", "agent", "--timeout", "1"}, new ByteArrayInputStream("secret\n".getBytes(StandardCharsets.UTF_8)), print(out),
                print(err), Map.of());

        assertThat(exit).isEqualTo(ProbeCommand.FAILED);
        assertAdminWords(out.toString(StandardCharsets.UTF_8), "Host name not found");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /**
     * H2 locks the file through the operating system and records nothing about who holds it, so neither a
     * window nor a command can be told from the other: the sentence names both, and both ways round.
     */
    @Test
    void aWorkspaceHeldByAnotherMailroomIsNamedForAWindowAndACommandAlike() throws Exception {
        Path data = Files.createDirectories(workspace.tempFolder().resolve("held"));
        try (HeldWorkspace held = HeldWorkspace.start(data)) {
            String window = shown(() -> WorkspaceDatabase.open(data));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = GenerateCommand.run(new String[] {"--mailboxes", "3"}, new AppPaths(data), print(out), print(err));

            assertAdminWords(window, "in use by another Mailroom: a window, or a command");
            assertThat(exit).isEqualTo(1);
            assertAdminWords(err.toString(StandardCharsets.UTF_8), "in use by another Mailroom: a window, or a command");
        }
    }

    @Test
    void theGenerateCommandExplainsABadNumberInWords() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path data = workspace.tempFolder();

        int exit = GenerateCommand.run(new String[] {"--mailboxes", "many"}, new AppPaths(data),
                print(new ByteArrayOutputStream()), print(err));

        assertThat(exit).isEqualTo(2);
        assertAdminWords(err.toString(StandardCharsets.UTF_8), "--mailboxes needs a whole number");
    }

    private static void assertAdminWords(String shown, String cause) {
        assertThat(shown).as("names the cause").contains(cause);
        assertThat(INTERNALS.matcher(shown).find()).as("no internals in: %s", shown).isFalse();
    }

    private static Path write(Path target) throws Exception {
        files.exportSummary(target);
        return target;
    }

    /** A folder nobody may write in; run as root (who writes anyway), the JDK's refusal is handed over as it would come. */
    private static String readOnlyFolder(Path folder) throws Exception {
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path target = folder.resolve("summary.html");
            if (!Files.isWritable(folder)) {
                return shown(() -> write(target));
            }
            return Failures.describe(FileAccessException.writing(target, new AccessDeniedException(folder.resolve(".summary.html123.tmp").toString())));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** The wizard's Verify page and the connection test show the failure like this. */
    private static String tokenFailure(TokenFailure failure) {
        return Text.get("wizard.verify.tokenFailed", failure.code(), failure.action(), failure.detail());
    }

    private static String checkCommand(Path file) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(CheckCommand.run(new String[] {"check", file.toString()}, print(new ByteArrayOutputStream()), print(err),
                new ExportedWorkspaceReader())).isEqualTo(CheckCommand.UNUSABLE);
        return err.toString(StandardCharsets.UTF_8);
    }

    /** What the window shows for what {@code work} throws: the import's problems, or any failure through Failures. */
    private static String shown(Callable<?> work) {
        try {
            work.call();
        } catch (ImportRejectedException rejected) {
            return rejected.getMessage();
        } catch (Exception failure) {
            return Failures.describe(failure);
        }
        throw new AssertionError("expected a refusal");
    }

    private static Path file(String what, String json) throws Exception {
        Path file = workspace.tempFolder().resolve(what.replaceAll("\\W+", "-") + ".json");
        byte[] bytes = what.equals("a UTF-16 file") ? json.getBytes(StandardCharsets.UTF_16LE) : json.getBytes(StandardCharsets.UTF_8);
        return Files.write(file, bytes);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
