package org.mailroom.check;

import java.util.List;
import org.mailroom.check.rules.ChecklistUnticked;
import org.mailroom.check.rules.DisabledStream;
import org.mailroom.check.rules.CertificateExpiry;
import org.mailroom.check.rules.SecretExpiry;
import org.mailroom.check.rules.EwsMailboxRetirement;
import org.mailroom.check.rules.GraphWithoutAppSecret;
import org.mailroom.check.rules.DuplicateFromAddress;
import org.mailroom.check.rules.DuplicateLogin;
import org.mailroom.check.rules.DuplicateMailboxName;
import org.mailroom.check.rules.EwsRetirement;
import org.mailroom.check.rules.ExchangeEndpoint;
import org.mailroom.check.rules.ExchangePlainText;
import org.mailroom.check.rules.InvalidRegistration;
import org.mailroom.check.rules.FirstPartyClientId;
import org.mailroom.check.rules.HostDirection;
import org.mailroom.check.rules.LastTestFailed;
import org.mailroom.check.rules.ManifestMistakes;
import org.mailroom.check.rules.NationalCloud;
import org.mailroom.check.rules.NeverTested;
import org.mailroom.check.rules.NoOutboundMailbox;
import org.mailroom.check.rules.NoTestMailbox;
import org.mailroom.check.rules.OAuthLoginNotAddress;
import org.mailroom.check.rules.OAuthPop3;
import org.mailroom.check.rules.OAuthProtocolMissing;
import org.mailroom.check.rules.OAuthWithoutApp;
import org.mailroom.check.rules.PortMismatch;
import org.mailroom.check.rules.SecondOutboundMailbox;
import org.mailroom.check.rules.SendAsNeeded;
import org.mailroom.check.rules.SmtpBasicAuth;
import org.mailroom.check.rules.SmtpPort25;
import org.mailroom.check.rules.TenantAliasWithPassword;
import org.mailroom.check.rules.TooManyMailboxes;
import org.mailroom.check.rules.UnassignedMailbox;
import org.mailroom.check.rules.UnusedRegistration;
import org.mailroom.check.rules.UnusedServer;

/**
 * Every rule of the configuration check, in the order findings of one severity are listed. Adding a rule:
 * a {@link Rule} subclass in {@code check.rules}, one line here, and its three texts under
 * {@code check.rule.<id>.} in the bundle. {@code main} prints the catalogue as the README's Markdown table.
 */
public final class RuleCatalogue {

    private static final List<Rule> RULES = List.of(
            // the specification
            new NoOutboundMailbox(),
            new SecondOutboundMailbox(),
            new DuplicateMailboxName(),
            new DuplicateLogin(),
            new DuplicateFromAddress(),
            new TooManyMailboxes(),
            // enablement through Digital applications
            new UnassignedMailbox(),
            new DisabledStream(),
            // mail servers and sending
            new PortMismatch(),
            new HostDirection(),
            new ExchangePlainText(),
            new ExchangeEndpoint(),
            new SmtpPort25(),
            new SmtpBasicAuth(),
            new SendAsNeeded(),
            new UnusedServer(),
            // OAuth 2.0 with Exchange Online
            new InvalidRegistration(),
            new FirstPartyClientId(),
            new TenantAliasWithPassword(),
            new OAuthWithoutApp(),
            new OAuthLoginNotAddress(),
            new OAuthPop3(),
            new OAuthProtocolMissing(),
            new NoTestMailbox(),
            new NationalCloud(),
            new ManifestMistakes(),
            new ChecklistUnticked(),
            new SecretExpiry(),
            new EwsRetirement(),
            new EwsMailboxRetirement(),
            new GraphWithoutAppSecret(),
            new UnusedRegistration(),
            // connection tests
            new LastTestFailed(),
            new CertificateExpiry(),
            new NeverTested());

    private RuleCatalogue() {
    }

    public static List<Rule> rules() {
        return RULES;
    }

    /** A table of id, severity and description, one row per rule, for the README. */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder("| rule | severity | what it checks |\n|---|---|---|\n");
        for (Rule rule : RULES) {
            table.append("| `").append(rule.id()).append("` | ").append(rule.severity().label()).append(" | ")
                    .append(rule.description().replace("|", "\\|")).append(" |\n");
        }
        return table.toString();
    }

    public static void main(String[] args) {
        System.out.print(markdownTable());
    }
}
