package org.mailroom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Direction;
import org.mailroom.domain.Protocol;
import org.mailroom.io.ImportConflict.Resolution;
import org.mailroom.oauth.AccountType;
import org.mailroom.domain.Cloud;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.testing.WorkspaceExtension;

/**
 * The rules and the workspace's columns agree: a file that passes the checks is applied in full, whatever its
 * names become in capitals, and what the columns can't hold is refused at the check, in words.
 */
@ExtendWith(WorkspaceExtension.class)
class NamesFitTheWorkspaceTest {

    private WorkspaceDatabase database;
    private WorkspaceImporter importer;

    @BeforeEach
    void open(WorkspaceDatabase database) {
        this.database = database;
        importer = new WorkspaceImporter(database);
    }

    @Test
    void namesLongestInCapitalsAreAppliedInFull() throws Exception {
        String application = "ß".repeat(64); // "SS" in capitals: 128 characters
        String folder = "ǰ".repeat(64); // "J̌"
        String attribute = "ΐ".repeat(64); // three characters in capitals
        String registration = "ß".repeat(120);
        String address = "a".repeat(64) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".com";
        byte[] file = json(application, folder, attribute, registration, address);

        importer.apply(importer.check(file), ImportChoices.all(Resolution.SKIP), null, null);

        WorkspaceContent content = WorkspaceContent.read(database);
        assertThat(content.applications().byId().values()).extracting(a -> a.name()).containsExactly(application);
        assertThat(content.registrations()).extracting(r -> r.name()).containsExactly(registration);
        assertThat(content.fromAttribute()).map(a -> a.name()).contains(attribute);
        assertThat(content.mailboxes()).extracting(m -> m.name()).containsExactly("smtp-client");
    }

    @Test
    void whatTheColumnsCannotHoldIsRefusedAtTheCheckInWords() throws Exception {
        String tooLongAddress = "a".repeat(64) + "@" + ("b".repeat(60) + ".").repeat(4) + "com"; // 312 characters
        byte[] file = json("ﬃ".repeat(30), "Email", "From", "Contoso mail", tooLongAddress); // ﬃ is "ffi": 90 characters

        assertThatThrownBy(() -> importer.check(file)).isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("$.applications[0].name (line 12, column 5): Application name: at most 64 characters")
                .hasMessageContaining("From Address: at most 254 characters, the longest address mail servers accept")
                .hasMessageNotContaining("SQL");
    }

    private static byte[] json(String application, String folder, String attribute, String registration, String address)
            throws Exception {
        WorkspaceFile file = new WorkspaceFile(WorkspaceFile.FORMAT, WorkspaceFile.VERSION,
                List.of(new WorkspaceFile.Server("smtp", "smtp.office365.com", 587, Protocol.SMTP, ConnectionSecurity.STARTTLS)),
                List.of(new WorkspaceFile.Application(application, true)),
                List.of(new WorkspaceFile.Registration(registration, "1b2c3d4e-0000-4000-8000-00000000abcd", "contoso.onmicrosoft.com",
                        Cloud.GLOBAL, AccountType.SINGLE_TENANT, GrantType.PASSWORD, List.of(OAuthProtocol.IMAP), null, null, null, null)),
                List.of(new WorkspaceFile.MailboxEntry("smtp-client", Direction.OUTBOUND, null, null, address, "relay", "smtp", null, null, null, null, null, null)),
                List.of(new WorkspaceFile.Folder(folder, List.of(new WorkspaceFile.Attribute(attribute,
                        List.of(new WorkspaceFile.Value(address, "ß".repeat(128))))))),
                new WorkspaceFile.AttributeName(folder, attribute), null);
        return WorkspaceJson.MAPPER.writeValueAsBytes(file);
    }
}
