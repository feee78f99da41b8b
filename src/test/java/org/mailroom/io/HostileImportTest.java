package org.mailroom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailroom.io.ImportConflict.Resolution;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;

/** Malformed and hostile files: each refused with a clear problem at its JSON path, the workspace untouched. */
@ExtendWith(WorkspaceExtension.class)
class HostileImportTest {

    private TempWorkspace workspace;
    private WorkspaceDatabase database;
    private WorkspaceImporter importer;

    @BeforeEach
    void open(TempWorkspace workspace) {
        this.workspace = workspace;
        database = workspace.database();
        IoSamples.fill(database);
        importer = new WorkspaceImporter(database);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            truncated.json                  | $.mailboxes[0]                                    | incomplete or was cut off
            empty.json                      | $                                                 | the file is empty
            not-json.json                   | $                                                 | not JSON text
            array-root.json                 | $                                                 | not a Mailroom workspace file
            wrong-format.json               | $.format                                          | not a Mailroom workspace file
            missing-format.json             | $                                                 | not a Mailroom workspace file
            newer-version.json              | $.version                                         | written by a newer Mailroom
            version-zero.json               | $.version                                         | not one Mailroom wrote
            version-string.json             | $.version                                         | no format version
            port-string.json                | $.servers[0].port                                 | expected a whole number
            port-negative.json              | $.servers[0].port                                 | from 1 to 65535
            port-huge.json                  | $.servers[0].port                                 | out of range
            port-fraction.json              | $.servers[0].port                                 | expected a whole number
            bad-host.json                   | $.servers[0].host                                 | valid host name
            bad-protocol.json               | $.servers[0].protocol                             | one of: "POP3", "IMAP", "SMTP"
            missing-host.json               | $.servers[0].host                                 | required
            unknown-field.json              | $.mailboxes[0].password                           | unknown field password
            duplicate-mailbox-names.json    | $.mailboxes[2].name                               | already used by another mailbox
            two-outbound.json               | $.mailboxes[2].direction                          | only one outbound mailbox
            dangling-server.json            | $.mailboxes[0].server                             | no server with ref nope
            dangling-application.json       | $.mailboxes[0].application                        | no application named Marketing
            dangling-registration.json      | $.mailboxes[0].oauth.registration                 | no app registration named Nobody
            dangling-from-attribute.json    | $.fromAttribute                                   | no Business Attribute Elsewhere
            bad-from-address.json           | $.mailboxes[1].fromAddress                        | valid email address
            bad-value-address.json          | $.fromAddressFolders[0].attributes[0].values[0].address | valid email address
            max-size-too-big.json           | $.mailboxes[0].maxSizeMb                          | from 5 to 20
            bad-mailbox-name.json           | $.mailboxes[0].name                               | remove the space
            huge-string.json                | $.mailboxes[0].login                              | longer than 16384 characters
            login-too-long.json             | $.mailboxes[0].login                              | at most 256 characters
            deep-nesting.json               | $.servers[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0] | nested deeper than 16 levels
            duplicate-key.json              | $.servers[0].port                                 | the field port appears twice
            invalid-utf8.json               | $                                                 | not valid UTF-8
            inbound-on-smtp-server.json     | $.mailboxes[0].server                             | choose a POP3 or IMAP server
            mailboxes-not-a-list.json       | $.mailboxes                                       | expected a list
            null-server.json                | $.servers[0]                                      | expected an object
            bad-client-id.json              | $.registrations[0]                                | Application (client) ID
            duplicate-server-ref.json       | $.servers[2].ref                                  | the server ref imap is used twice
            trailing-garbage.json           | $                                                 | goes on after
            secrets-weak-kdf.json           | $.secrets.iterations                              | from 600000 to 10000000 iterations
            secrets-unknown-owner.json      | $.secrets.items[0].owner                          | no mailbox or app registration named ghost
            number-too-long.json            | $.servers[0].port                                 | far too many digits
            boolean-as-text.json            | $.applications[0].streamEnabled                   | expected true or false
            control-characters-in-name.json | $.applications[0].name                            | Application name
            duplicate-application.json      | $.applications[1].name                            | used twice in the file
            outbound-with-max-size.json     | $.mailboxes[1].maxSizeMb                          | only inbound mailboxes
            missing-direction.json          | $.mailboxes[0].direction                          | required
            """)
    void isRefusedWithItsPathAndTheWorkspaceIsUnchanged(String file, String path, String fragment) throws IOException {
        WorkspaceContent before = WorkspaceContent.read(database);
        String exportBefore = RoundTripTest.json(database);

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class, () -> importer.check(hostile(file)));

        assertThat(rejected).as("%s must be refused", file).isNotNull();
        assertThat(rejected.problems()).as(rejected.getMessage())
                .anySatisfy(problem -> {
                    assertThat(problem.path()).isEqualTo(path);
                    assertThat(problem.message()).contains(fragment);
                });
        assertThat(rejected.problems()).allSatisfy(problem -> assertThat(problem.describe()).startsWith(problem.path()));
        assertThat(WorkspaceContent.read(database)).isEqualTo(before);
        assertThat(RoundTripTest.json(database)).isEqualTo(exportBefore);
    }

    @Test
    void problemsNameTheirLineAndColumn() throws IOException {
        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> importer.check(hostile("max-size-too-big.json")));

        assertThat(rejected.problems()).extracting(ImportProblem::describe)
                .containsExactly("$.mailboxes[0].maxSizeMb (line 43, column 7): Max size: a whole number of MB from 5 to 20");
    }

    @Test
    void everyProblemOfAFileIsListedAtOnce() throws Exception {
        String text = new String(hostile("valid.json"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"port\": 993", "\"port\": 0").replace("\"maxSizeMb\": 10", "\"maxSizeMb\": 99")
                .replace("\"application\": \"Support\"", "\"application\": \"Nope\"");

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> importer.check(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(rejected.problems()).extracting(ImportProblem::path)
                // the refused server's mailbox is not told "no server with ref …" again: that is an echo of the port
                .containsExactly("$.servers[0].port", "$.mailboxes[0].maxSizeMb", "$.mailboxes[0].application");
    }

    @Test
    void aFileFarLargerThanAnyWorkspaceIsRefusedBeforeItIsRead() throws IOException {
        Path huge = workspace.tempFolder().resolve("huge.json");
        try (var out = Files.newOutputStream(huge)) {
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            out.write("{\"format\": \"mailroom-workspace\", \"version\": 1,".getBytes());
            for (int i = 0; i < 21; i++) {
                out.write(spaces);
            }
            out.write("}".getBytes());
        }
        WorkspaceContent before = WorkspaceContent.read(database);

        assertThatThrownBy(() -> importer.check(huge)).isInstanceOf(ImportRejectedException.class)
                .hasMessage("$: the file is 21 MB; a workspace file is at most 20 MB, so it was not read");
        assertThat(WorkspaceContent.read(database)).isEqualTo(before);
    }

    @Test
    void theValidBaseFileImports() throws Exception {
        CheckedImport checked = importer.check(hostile("valid.json"));
        importer.apply(checked, ImportChoices.all(Resolution.RENAME), null, null);
        assertThat(WorkspaceContent.read(database).mailboxes()).extracting(m -> m.name()).contains("sales_2");
    }

    private static byte[] hostile(String name) throws IOException {
        String resource = name.equals("valid.json") ? name : "hostile/" + name;
        try (InputStream in = HostileImportTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }
}
