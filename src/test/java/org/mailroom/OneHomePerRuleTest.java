package org.mailroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.check.CheckInput;
import org.mailroom.check.ConfigurationCheck;
import org.mailroom.check.Finding;
import org.mailroom.domain.Applications;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Direction;
import org.mailroom.domain.Field;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.Violation;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.io.ImportRejectedException;
import org.mailroom.io.WorkspaceImporter;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.domain.Cloud;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.RegistrationRules;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.ui.mailboxes.MailboxEditorViewModel;

/**
 * Each rule has one home in the domain, and every path that can break it asks that home: the form, the
 * import and the configuration check refuse the same thing, and the database's constraint (the safety net)
 * says it in the same words.
 */
class OneHomePerRuleTest {

    private static final MailServer IMAP = new MailServer(1, "outlook.office365.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS);
    private static final MailServer SMTP = new MailServer(2, "smtp.office365.com", 587, Protocol.SMTP, ConnectionSecurity.STARTTLS);
    private static final InboundMailbox SALES = new InboundMailbox(10, "sales", 5, "sales@contoso.com", IMAP);
    private static final OutboundMailbox OUTBOUND = new OutboundMailbox(11, "support@contoso.com", "relay", SMTP);

    @TempDir
    Path folder;

    @Test
    void aNameTakenIgnoringCaseIsRefusedEverywhereInTheSameWords() throws Exception {
        Violation rule = WorkspaceRules.of(List.of(SALES)).checkName("SALES").orElseThrow();
        assertThat(rule.message()).isEqualTo("Mailbox Name: 'SALES' is already used by another mailbox (names are compared ignoring case)");

        MailboxEditorViewModel form = MailboxEditorViewModel.forNew(Direction.INBOUND, List.of(IMAP),
                WorkspaceRules.of(List.of(SALES))::isNameTaken);
        form.nameProperty().set("SALES");
        assertThat(form.violation(Field.MAILBOX_NAME)).contains(rule);

        assertThat(importProblems(mailbox("sales", "INBOUND"), mailbox("SALES", "INBOUND")))
                .contains(problem("/mailboxes/1/name", rule));

        InboundMailbox copy = new InboundMailbox(12, "SALES", 5, "other@contoso.com", IMAP);
        assertThat(findings(List.of(SALES, OUTBOUND, copy), List.of(), "duplicateName"))
                .singleElement().satisfies(f -> assertThat(f.item().id()).isEqualTo(copy.id()));

        assertThat(refusedByTheStore(InboundMailbox.draft("sales", 5, "a", IMAP), InboundMailbox.draft("SALES", 5, "b", IMAP)))
                .containsExactly(rule);
    }

    @Test
    void aSecondOutboundMailboxIsRefusedEverywhereInTheSameWords() throws Exception {
        Violation rule = WorkspaceRules.of(List.of(SALES, OUTBOUND)).checkDirection(Direction.OUTBOUND).orElseThrow();
        assertThat(rule.message()).isEqualTo("Direction: only one outbound mailbox is permitted; edit smtp-client instead");
        assertThat(WorkspaceRules.of(List.of(SALES, OUTBOUND)).hasOutbound()).as("what disables Add outbound").isTrue();

        assertThat(importProblems(outbound("support@contoso.com"), outbound("sales@contoso.com")))
                .contains(problem("/mailboxes/1/direction", rule));

        OutboundMailbox second = new OutboundMailbox(13, "sales@contoso.com", "relay2", SMTP);
        assertThat(findings(List.of(SALES, OUTBOUND, second), List.of(), "secondOutbound"))
                .singleElement().satisfies(f -> assertThat(f.item().id()).isEqualTo(second.id()));

        assertThat(refusedByTheStore(OutboundMailbox.draft("support@contoso.com", "relay", SMTP),
                OutboundMailbox.draft("sales@contoso.com", "relay2", SMTP)))
                .containsExactly(rule);
    }

    @Test
    void aRegistrationTheWizardRefusesIsRefusedByTheImportAndTheCheckInTheSameWords() throws Exception {
        AzureAppRegistration registration = new AzureAppRegistration("Contoso mail", "not-a-guid", "contoso.onmicrosoft.com",
                Cloud.GLOBAL, AccountType.SINGLE_TENANT, GrantType.PASSWORD, EnumSet.of(OAuthProtocol.IMAP));
        Violation rule = RegistrationRules.check(registration).errors().get(0);
        assertThat(rule.field()).isEqualTo(Field.CLIENT_ID);

        String file = registrationJson("not-a-guid");
        assertThat(importProblems(file)).contains(problem("/registrations/0", rule));

        assertThat(findings(List.of(SALES, OUTBOUND), List.of(new StoredRegistration(3, registration)), "invalidRegistration"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains(rule.message()));
    }

    private static ImportProblemAt problem(String pointer, Violation violation) {
        return new ImportProblemAt(pointer, violation.message());
    }

    private record ImportProblemAt(String pointer, String message) {
    }

    private List<ImportProblemAt> importProblems(String... mailboxes) throws Exception {
        return importProblems("""
                {"format": "mailroom-workspace", "version": 1,
                 "servers": [{"ref": "imap", "host": "outlook.office365.com", "port": 993, "protocol": "IMAP", "security": "SSL_TLS"},
                             {"ref": "smtp", "host": "smtp.office365.com", "port": 587, "protocol": "SMTP", "security": "STARTTLS"}],
                 "mailboxes": [%s]}
                """.formatted(String.join(",", mailboxes)));
    }

    private List<ImportProblemAt> importProblems(String file) throws Exception {
        try (WorkspaceDatabase database = WorkspaceDatabase.open(folder.resolve("import"))) {
            ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                    () -> new WorkspaceImporter(database).check(file.getBytes(StandardCharsets.UTF_8)));
            assertThat(rejected).as("the import refuses the file").isNotNull();
            return rejected.problems().stream().map(p -> new ImportProblemAt(p.pointer(), p.message())).toList();
        }
    }

    private static String mailbox(String name, String direction) {
        return """
                {"name": "%s", "direction": "%s", "maxSizeMb": 5, "login": "%s@contoso.com", "server": "imap"}
                """.formatted(name, direction, name);
    }

    private static String outbound(String fromAddress) {
        return """
                {"direction": "OUTBOUND", "fromAddress": "%s", "login": "relay", "server": "smtp"}
                """.formatted(fromAddress);
    }

    private static String registrationJson(String clientId) {
        return """
                {"format": "mailroom-workspace", "version": 1,
                 "registrations": [{"name": "Contoso mail", "clientId": "%s", "tenant": "contoso.onmicrosoft.com",
                                    "cloud": "GLOBAL", "accountType": "SINGLE_TENANT", "grant": "PASSWORD", "protocols": ["IMAP"]}]}
                """.formatted(clientId);
    }

    private static List<Finding> findings(List<Mailbox> mailboxes, List<StoredRegistration> registrations, String ruleId) {
        WorkspaceContent content = new WorkspaceContent(List.of(IMAP, SMTP), mailboxes, Applications.NONE, List.of(), List.of(),
                List.of(), Optional.empty(), registrations, Map.of());
        return new ConfigurationCheck(Clock.systemUTC()).run(CheckInput.of(content)).findings().stream()
                .filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** The database's constraint, reached with the rule not asked first: the same violation. */
    private List<Violation> refusedByTheStore(Mailbox first, Mailbox second) {
        try (WorkspaceDatabase database = WorkspaceDatabase.open(folder.resolve("store"))) {
            MailServerStore servers = new MailServerStore(database);
            MailboxStore mailboxes = new MailboxStore(database, servers);
            MailServer draft = MailServer.draft(first.endpoint().host(), first.mailServer().orElseThrow().port(), first.mailServer().orElseThrow().protocol(),
                    first.mailServer().orElseThrow().security());
            MailServer server = servers.findAll().stream().filter(draft::sameEndpoint).findFirst().orElseGet(() -> servers.add(draft));
            mailboxes.add(withServer(first, server));
            RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                    () -> mailboxes.add(withServer(second, server)));
            assertThat(refused).as("the database refuses it").isNotNull();
            assertThat(refused.getMessage()).isEqualTo(refused.violations().get(0).message());
            return refused.violations();
        }
    }

    private static Mailbox withServer(Mailbox mailbox, MailServer server) {
        return mailbox instanceof InboundMailbox in
                ? InboundMailbox.draft(in.name(), in.maxSizeMb(), in.login(), server)
                : OutboundMailbox.draft(((OutboundMailbox) mailbox).fromAddress(), mailbox.login(), server);
    }
}
