package org.mailroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.Mailbox;
import org.mailroom.io.ExportedWorkspaceReader;
import org.mailroom.io.WorkspaceExporter;
import org.mailroom.service.ChangeHistory;
import org.mailroom.service.DigitalApplications;
import org.mailroom.service.MailboxService;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.store.ApplicationStore;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.SampleWorkspace;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.Secrets;
import org.mailroom.secrets.Vault;
import org.mailroom.testing.Workspaces;

class HistoryAndDiffCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path a;
    private Path b;

    private int run(String... args) {
        out.reset();
        err.reset();
        if (args[0].equals("history")) {
            return HistoryCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), new AppPaths(folder.resolve("data")),
                    print(out), print(err), ZoneOffset.UTC);
        }
        return Launcher.runCommand(args, new AppPaths(folder.resolve("data")), print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Two days of changes by two admins, exported before and after the second day. */
    @BeforeEach
    void changes() throws Exception {
        a = folder.resolve("a.json");
        b = folder.resolve("b.json");
        try (WorkspaceDatabase database = WorkspaceDatabase.open(folder.resolve("data"))) {
            MailServerStore servers = new MailServerStore(database);
            MailboxStore mailboxes = new MailboxStore(database, servers);
            ChangeHistory ana = new ChangeHistory(database, Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC), "asilva");
            ana.setDisplayName("Ana Silva");
            MailboxService service = new MailboxService(database, mailboxes, new ApplicationStore(database),
                    new SampleWorkspace(servers, mailboxes), new Secrets(new Vault(database, OsKeyring.UNAVAILABLE)), new WorkspaceEvents(), ana);
            Mailbox sales = service.save(InboundMailbox.draft("sales", 5, "sales@contoso.com", Workspaces.imapPreset(servers)),
                    java.util.Optional.of("Secret-pw-9".toCharArray()));
            WorkspaceExporter.write(a, WorkspaceContent.read(database), WorkspaceExporter.Options.whole());
            ChangeHistory bob = new ChangeHistory(database, Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC), "bkumar");
            new MailboxService(database, mailboxes, new ApplicationStore(database), new SampleWorkspace(servers, mailboxes),
                    new Secrets(new Vault(database, OsKeyring.UNAVAILABLE)), new WorkspaceEvents(), bob)
                    .save(new InboundMailbox(sales.id(), "sales", 20, "sales@contoso.com", sales.endpoint()), java.util.Optional.empty());
            new DigitalApplications(new ApplicationStore(database), new WorkspaceEvents(), bob).add(DigitalApplication.draft("Sales email"));
            WorkspaceExporter.write(b, WorkspaceContent.read(database), WorkspaceExporter.Options.whole());
        }
    }

    @Test
    void historyListsTheChangesNewestFirstWithTheirFields() {
        assertThat(run("history")).isZero();
        assertThat(out()).startsWith("2026-11-20 09:00:00 · bkumar · Added · Digital application Sales email\n"
                + "    Name: (none) → Sales email\n    Stream: (none) → disabled\n"
                + "2026-11-20 09:00:00 · bkumar · Changed · Mailbox sales\n    Max size (MB): 5 → 20\n"
                + "2026-11-02 09:00:00 · Ana Silva (asilva) · Added · Mailbox sales\n")
                .contains("    Password: changed\n").doesNotContain("Secret-pw-9").endsWith("3 of 3 changes shown.\n");
    }

    @Test
    void historyFiltersByItemKindAdminAndDates() {
        assertThat(run("history", "--item", "SAL", "--kind", "mailbox")).isZero();
        assertThat(out()).endsWith("2 of 2 changes shown.\n");
        assertThat(run("history", "--admin", "asilva")).isZero();
        assertThat(out()).endsWith("1 of 1 changes shown.\n");
        assertThat(run("history", "--from", "2026-11-03", "--until", "2026-11-20", "--limit", "1")).isZero();
        assertThat(out()).endsWith("1 of 2 changes shown.\n");
        assertThat(run("history", "--until", "2026-11-02")).isZero();
        assertThat(out()).contains("Ana Silva").endsWith("1 of 1 changes shown.\n");
    }

    @Test
    void historyRefusesBadArgumentsInWords() {
        assertThat(run("history", "--from", "30/11/2026")).isEqualTo(2);
        assertThat(err()).startsWith("--from needs a date written as YYYY-MM-DD (for example 2026-11-30), not '30/11/2026'.\nUsage: history");
        assertThat(run("history", "--kind", "printer")).isEqualTo(2);
        assertThat(err()).startsWith("'printer' is not a kind of item");
        assertThat(run("history", "--limit", "0")).isEqualTo(2);
        assertThat(run("history", "--item")).isEqualTo(2);
        assertThat(err()).startsWith("--item needs a value.");
        assertThat(run("history", "--colour", "red")).isEqualTo(2);
        assertThat(err()).startsWith("Unknown option --colour.");
    }

    @Test
    void diffSaysWhatChangedItemByItemAndExitsOneOrZero() {
        assertThat(run("diff", a.toString(), b.toString())).isEqualTo(1);
        assertThat(out()).isEqualTo("Changes from " + a + " to " + b + "\n"
                + "Changed · Mailbox sales\n    Max size (MB): 5 → 20\n"
                + "Added · Digital application Sales email\n    Name: Sales email\n    Stream: disabled\n");
        assertThat(run("diff", a.toString(), a.toString())).isZero();
        assertThat(out()).endsWith("No differences.\n");
        assertThat(run("diff", b.toString(), a.toString(), "--html")).isEqualTo(1);
        assertThat(out()).startsWith("<!DOCTYPE html>").contains("<td>Removed</td><td>Digital application Sales email</td>");
    }

    @Test
    void diffOfAFileThatIsNotAWorkspaceSaysSoAndExitsTwo() throws Exception {
        Path notJson = Files.writeString(folder.resolve("notes.json"), "hello");
        assertThat(run("diff", a.toString(), notJson.toString())).isEqualTo(2);
        assertThat(err()).startsWith("Cannot").contains("notes.json").doesNotContain("Exception").doesNotContain("at org.");
        assertThat(run("diff", a.toString(), folder.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err()).contains("missing.json");
        assertThat(run("diff", a.toString())).isEqualTo(2);
        assertThat(err()).startsWith("diff compares exactly two exported workspace files.\nUsage: diff A.json B.json");
        assertThat(out()).isEmpty();
    }

    @Test
    void diffReadsFilesAsImportDoes() throws Exception {
        // the reader is the check command's: a scratch workspace per file, always removed
        assertThat(new ExportedWorkspaceReader(folder).read(a).content().mailboxes()).extracting(Mailbox::name).containsExactly("sales");
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("mailroom-check"));
        }
    }
}
