package org.mailroom.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailroom.domain.Mailbox;
import org.mailroom.io.ExportedWorkspaceReader;
import org.mailroom.io.ImportChoices;
import org.mailroom.io.ImportConflict;
import org.mailroom.mail.LastTest;
import org.mailroom.mail.StepStatus;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.service.WorkspaceFiles;
import org.mailroom.service.WorkspaceReader;
import org.mailroom.io.WorkspaceExporter;
import org.mailroom.store.SampleWorkspace;
import org.mailroom.testing.TempWorkspace;
import org.mailroom.testing.WorkspaceExtension;
import org.mailroom.testing.WorkspaceName;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.Secrets;
import org.mailroom.secrets.Vault;

/** {@code check FILE} on an export finds exactly what the window's badge finds on the workspace it came from. */
@ExtendWith(WorkspaceExtension.class)
class ExportCheckParityTest {

    private static final String WRONG_TYPE = "{\"requiredResourceAccess\": [{\"resourceAppId\": \"00000002-0000-0ff1-ce00-000000000000\","
            + " \"resourceAccess\": [{\"id\": \"195adc35-e27b-454b-a7ed-1ecdffa1c09f\", \"type\": \"Role\"}]}]}";

    private static List<String> lines(CheckReport report) {
        return report.findings().stream().map(f -> f.severity() + " " + f.ruleId() + " " + f.item().label() + ": " + f.message()).toList();
    }

    private static CheckReport badge(TempWorkspace workspace) {
        WorkspaceReader reader = new WorkspaceReader(workspace.database(), workspace.mailboxes(), workspace.servers(),
                workspace.applications(), workspace.attributes(), workspace.testResults(), workspace.oauth());
        return new ConfigurationCheck(TestWorkspace.MARCH_2026).run(reader.checkInput());
    }

    private static CheckReport checkFile(TempWorkspace workspace) throws Exception {
        Path file = workspace.tempFolder().resolve("export.json");
        new WorkspaceFiles(workspace.database(), null, new WorkspaceEvents(), () -> null).export(file, WorkspaceExporter.Options.whole());
        return new ConfigurationCheck(TestWorkspace.MARCH_2026).run(new ExportedWorkspaceReader().read(file));
    }

    @Test
    void lastTestsAndCheckedManifestsTravelWithTheExport(TempWorkspace workspace) throws Exception {
        new SampleWorkspace(workspace.servers(), workspace.mailboxes()).load();
        List<Mailbox> mailboxes = workspace.mailboxes().findAll();
        Instant at = Instant.parse("2026-02-27T10:15:00Z");
        workspace.testResults().save(new LastTest(mailboxes.get(0).id(), at, StepStatus.FAILED, "Wrong login or password"));
        workspace.testResults().save(new LastTest(mailboxes.get(1).id(), at, StepStatus.OK, "OK"));
        StoredRegistration app = workspace.oauth().save(0, TestWorkspace.registration(GrantType.PASSWORD, EnumSet.of(OAuthProtocol.IMAP)));
        workspace.oauth().link(mailboxes.get(2), app, true);
        workspace.oauth().saveManifest(app, WRONG_TYPE);

        CheckReport badge = badge(workspace);
        CheckReport file = checkFile(workspace);

        assertThat(badge.findings()).extracting(Finding::ruleId).contains("lastTestFailed", "manifestMistakes");
        assertThat(lines(file)).containsExactlyElementsOf(lines(badge));
        assertThat(file.counts()).isEqualTo(badge.counts());
    }

    /** Import in the window goes through WorkspaceFiles.apply: afterwards the badge is what check FILE said of the file. */
    @Test
    void importingAnExportInTheWindowKeepsItsLastTestsAndManifests(TempWorkspace workspace,
                                                                  @WorkspaceName("target") TempWorkspace target) throws Exception {
        new SampleWorkspace(workspace.servers(), workspace.mailboxes()).load();
        List<Mailbox> mailboxes = workspace.mailboxes().findAll();
        workspace.testResults().save(new LastTest(mailboxes.get(0).id(), Instant.parse("2026-02-27T10:15:00Z"), StepStatus.FAILED,
                "Wrong login or password"));
        StoredRegistration app = workspace.oauth().save(0, TestWorkspace.registration(GrantType.PASSWORD, EnumSet.of(OAuthProtocol.IMAP)));
        workspace.oauth().link(mailboxes.get(2), app, true);
        workspace.oauth().saveManifest(app, WRONG_TYPE);
        Path file = workspace.tempFolder().resolve("export.json");
        new WorkspaceFiles(workspace.database(), null, new WorkspaceEvents(), () -> null).export(file, WorkspaceExporter.Options.whole());
        CheckReport fileReport = new ConfigurationCheck(TestWorkspace.MARCH_2026).run(new ExportedWorkspaceReader().read(file));

        WorkspaceFiles files = new WorkspaceFiles(target.database(), new Secrets(new Vault(target.database(), OsKeyring.UNAVAILABLE)), new WorkspaceEvents(), () -> null);
        files.apply(files.check(file), ImportChoices.all(ImportConflict.Resolution.SKIP), null);

        assertThat(fileReport.findings()).extracting(Finding::ruleId).contains("lastTestFailed", "manifestMistakes");
        assertThat(lines(badge(target))).containsExactlyElementsOf(lines(fileReport));
        assertThat(target.testResults().all().values()).extracting(LastTest::summary).containsExactly("Wrong login or password");
    }

    /** A mailbox the file replaces takes the file's last test, or none: the old one tested another configuration. */
    @Test
    void aReplacedMailboxTakesTheFilesLastTestOrNone(TempWorkspace workspace, @WorkspaceName("target") TempWorkspace target)
            throws Exception {
        new SampleWorkspace(workspace.servers(), workspace.mailboxes()).load();
        new SampleWorkspace(target.servers(), target.mailboxes()).load();
        for (Mailbox mailbox : target.mailboxes().findAll()) {
            target.testResults().save(new LastTest(mailbox.id(), Instant.parse("2026-01-01T00:00:00Z"), StepStatus.OK, "OK"));
        }
        Path file = workspace.tempFolder().resolve("export.json");
        new WorkspaceFiles(workspace.database(), null, new WorkspaceEvents(), () -> null).export(file, WorkspaceExporter.Options.whole());

        WorkspaceFiles files = new WorkspaceFiles(target.database(), new Secrets(new Vault(target.database(), OsKeyring.UNAVAILABLE)), new WorkspaceEvents(), () -> null);
        files.apply(files.check(file), ImportChoices.all(ImportConflict.Resolution.REPLACE), null);

        assertThat(target.testResults().all()).isEmpty();
        assertThat(lines(badge(target))).containsExactlyElementsOf(lines(checkFile(workspace)));
    }

    /** Ticked checklist items, the secret's expiry and the certificate a test saw travel with the export and the import. */
    @Test
    void checklistStateAndTheExpiryRegisterTravelWithTheExportAndTheImport(TempWorkspace workspace,
                                                                          @WorkspaceName("target") TempWorkspace target) throws Exception {
        new SampleWorkspace(workspace.servers(), workspace.mailboxes()).load();
        List<Mailbox> mailboxes = workspace.mailboxes().findAll();
        StoredRegistration app = workspace.oauth().save(0, TestWorkspace.registration(GrantType.CLIENT_CREDENTIALS,
                EnumSet.of(OAuthProtocol.IMAP)));
        workspace.oauth().link(mailboxes.get(2), app, true);
        new org.mailroom.store.RegistrationNotesStore(workspace.database()).replace(app.id(), new org.mailroom.oauth.RegistrationNotes(
                java.util.Set.of("|oauth.checklist.consent"), java.util.Map.of(), java.time.LocalDate.parse("2026-03-10")));
        workspace.testResults().save(new LastTest(mailboxes.get(2).id(), Instant.parse("2026-02-27T10:15:00Z"), StepStatus.OK, "OK",
                "CN=mail.contoso.com", Instant.parse("2026-03-05T12:00:00Z")));

        CheckReport badge = badge(workspace);
        CheckReport file = checkFile(workspace);
        Path exported = workspace.tempFolder().resolve("export.json");
        WorkspaceFiles files = new WorkspaceFiles(target.database(), new Secrets(new Vault(target.database(), OsKeyring.UNAVAILABLE)),
                new WorkspaceEvents(), () -> null);
        files.apply(files.check(exported), ImportChoices.all(ImportConflict.Resolution.SKIP), null);

        assertThat(badge.findings()).extracting(Finding::ruleId).contains("checklistUnticked", "secretExpiry", "certificateExpiry");
        assertThat(badge.findings()).filteredOn(f -> f.ruleId().equals("checklistUnticked")).singleElement()
                .satisfies(f -> assertThat(f.message()).doesNotContain("Grant admin consent")); // the ticked one is done
        assertThat(lines(file)).containsExactlyElementsOf(lines(badge));
        assertThat(lines(badge(target))).containsExactlyElementsOf(lines(badge));
    }

    @Test
    void aFreshWorkspaceAndItsExportReportNoBuiltInServerAsUnused(TempWorkspace workspace) throws Exception {
        assertThat(badge(workspace).findings()).extracting(Finding::ruleId).doesNotContain("unusedServer");

        new SampleWorkspace(workspace.servers(), workspace.mailboxes()).load();
        assertThat(lines(checkFile(workspace))).containsExactlyElementsOf(lines(badge(workspace)));
        assertThat(checkFile(workspace).findings()).extracting(Finding::ruleId).doesNotContain("unusedServer");
    }

    @Test
    void theCommandPrintsTheFailedTestFromTheFile(TempWorkspace workspace) throws Exception {
        new SampleWorkspace(workspace.servers(), workspace.mailboxes()).load();
        Mailbox first = workspace.mailboxes().findAll().get(0);
        workspace.testResults().save(new LastTest(first.id(), Instant.parse("2026-02-27T10:15:00Z"), StepStatus.FAILED, "Wrong login or password"));
        Path file = workspace.tempFolder().resolve("export.json");
        new WorkspaceFiles(workspace.database(), null, new WorkspaceEvents(), () -> null).export(file, WorkspaceExporter.Options.whole());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = CheckCommand.run(new String[] {file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new ExportedWorkspaceReader(), TestWorkspace.MARCH_2026);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("[lastTestFailed]", "Wrong login or password");
    }
}
