package org.mailroom.ui.oauth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.MailboxKind;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.Violation;
import org.mailroom.oauth.AppOnlyMailbox;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.ManifestChecker;
import org.mailroom.oauth.ManifestJson;
import org.mailroom.oauth.ManifestReport;
import org.mailroom.oauth.MigrationMailbox;
import org.mailroom.oauth.MigrationRequest;
import org.mailroom.oauth.Permission;
import org.mailroom.oauth.PermissionCatalogue;
import org.mailroom.oauth.PowerShellLines;
import org.mailroom.oauth.ProtocolNotes;
import org.mailroom.oauth.RegistrationCheck;
import org.mailroom.oauth.RegistrationRules;
import org.mailroom.text.Text;

/** The texts the wizard's pages show, made from its current state by the oauth package. */
public final class OAuthTexts {

    private final OAuthWizardViewModel wizard;

    OAuthTexts(OAuthWizardViewModel wizard) {
        this.wizard = wizard;
    }

    /** What the spec and Microsoft say about the chosen protocols and grant. */
    public String notes() {
        return ProtocolNotes.notesFor(wizard.chosenProtocols(), wizard.grantProperty().get(), LocalDate.now(wizard.clock())).stream()
                .map(note -> "\u2022 " + note.text()).collect(Collectors.joining("\n"));
    }

    /** Each permission with its resource and type (delegated Scope or application Role). */
    public String permissions() {
        List<Permission> required = PermissionCatalogue.required(wizard.chosenProtocols(), wizard.grantProperty().get());
        if (required.isEmpty()) {
            return Text.get("wizard.permissions.none");
        }
        return required.stream().map(p -> Text.get("wizard.permissions.line", p.resourceName(), p.name(), p.type(), p.id()))
                .collect(Collectors.joining("\n"));
    }

    /** The requiredResourceAccess attribute to paste into the app's manifest. */
    public String manifest() {
        return ManifestJson.requiredResourceAccess(wizard.chosenProtocols(), wizard.grantProperty().get());
    }

    /** The pasted manifest checked against what the chosen protocols need: what was read, a summary, each finding. */
    public String checkManifest(String pasted) {
        ManifestReport report = report(pasted);
        List<String> lines = new ArrayList<>();
        for (String line : List.of(report.read(), report.summary())) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        report.findings().forEach(finding -> lines.add("\u2022 " + finding.message()));
        return String.join("\n", lines) + "\n\n" + report.consentReminder();
    }

    /** The ids the pasted manifest has where Microsoft documents others, by permission name. */
    Map<String, String> unconfirmedIds(String pasted) {
        return report(pasted).unconfirmed();
    }

    /** The pasted manifest checked against the chosen protocols and grant, with the ids the admin confirmed. */
    private ManifestReport report(String pasted) {
        return ManifestChecker.check(pasted, wizard.chosenProtocols(), wizard.grantProperty().get(), wizard.checklist().confirmedIds());
    }

    /** The PowerShell lines app-only access needs (none for the password grant); a line without a command is a warning. */
    public String powerShell() {
        List<AppOnlyMailbox> chosen = wizard.chosenMailboxes().stream().map(OAuthTexts::appOnly).toList();
        String lines = PowerShellLines.appOnlySetup(wizard.registration(), chosen,
                        blankToNull(wizard.enterpriseObjectIdProperty().get()), blankToNull(wizard.servicePrincipalIdProperty().get()),
                        wizard.accessPoliciesProperty().get() ? wizard.accessPolicyGroupProperty().get() : null)
                .stream().map(line -> line.command().isEmpty() ? "# " + line.note() : "# " + line.note() + "\n" + line.command())
                .collect(Collectors.joining("\n\n"));
        return lines.isEmpty() ? Text.get("wizard.powershell.none") : lines;
    }

    private static AppOnlyMailbox appOnly(Mailbox mailbox) {
        return mailbox instanceof OutboundMailbox outbound
                ? AppOnlyMailbox.outbound(outbound.login(), outbound.fromAddress())
                : AppOnlyMailbox.inbound(mailbox.login());
    }

    /**
     * What keeps the first page from going on, in words: no mailbox, protocols that don't fit the grant,
     * or a test mailbox that is missing or not among the chosen mailboxes (it is migrated first).
     */
    String scopeProblem() {
        if (wizard.chosenMailboxes().isEmpty()) {
            return Text.get("wizard.scope.problem.noMailbox");
        }
        Optional<String> protocolProblem = RegistrationRules.checkProtocols(wizard.chosenProtocols(), wizard.grantProperty().get()).map(Violation::message);
        if (protocolProblem.isPresent()) {
            return protocolProblem.get();
        }
        boolean graph = wizard.chosenMailboxes().stream().anyMatch(m -> m.kind() == MailboxKind.GRAPH);
        if (graph && wizard.grantProperty().get() != GrantType.CLIENT_CREDENTIALS) {
            return Text.get("wizard.scope.problem.graphAppOnly");
        }
        Mailbox test = wizard.testMailboxProperty().get();
        if (test == null) {
            return Text.get("wizard.scope.problem.noTestMailbox");
        }
        return wizard.chosenMailboxes().contains(test) ? "" : Text.get("wizard.scope.problem.testNotChosen", test.name());
    }

    /** Errors first, then warnings, each naming the field, for the registration page. */
    public String registrationProblems() {
        RegistrationCheck check = wizard.registrationCheckProperty().get();
        return Stream.concat(check.errors().stream().map(Violation::message),
                        check.warnings().stream().map(w -> w.fieldLabel() + ": " + Text.get("wizard.warning", w.ruleText())))
                .collect(Collectors.joining("\n"));
    }

    /** The migration request for Genesys Customer Care in one of its forms; the refusal when no test mailbox is chosen. */
    public String migration(Format format) {
        AzureAppRegistration registration = wizard.registration();
        Mailbox test = wizard.testMailboxProperty().get();
        List<MigrationMailbox> rows = wizard.chosenMailboxes().stream()
                .map(m -> new MigrationMailbox(m.name(), m.equals(test))).toList();
        try {
            MigrationRequest request = MigrationRequest.of(registration, rows);
            return switch (format) {
                case TEXT -> request.asText();
                case CSV -> request.asCsv();
                case JSON -> request.asJson();
            };
        } catch (RuleViolationException e) {
            return e.getMessage();
        }
    }

    /** The three forms of the migration request. */
    public enum Format { TEXT, CSV, JSON }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
