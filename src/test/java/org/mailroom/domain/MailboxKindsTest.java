package org.mailroom.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a mailbox connects decides its kind; the spec's rules hold for every kind, and bad endpoints are refused in words. */
class MailboxKindsTest {

    private static final MailServer IMAP = new MailServer(1, "outlook.office365.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS);

    @Test
    void theKindFollowsFromWhereTheMailboxConnects() {
        assertThat(InboundMailbox.draft("sales", 5, "sales@contoso.com", IMAP).kind()).isEqualTo(MailboxKind.IMAP);
        InboundMailbox ews = InboundMailbox.draft("billing", 5, "billing@contoso.com", EwsEndpoint.exchangeOnline());
        assertThat(ews.kind()).isEqualTo(MailboxKind.EWS);
        assertThat(ews.mailServer()).isEmpty();
        assertThat(((EwsEndpoint) ews.endpoint()).folderPath()).isEqualTo("Inbox");
        InboundMailbox graph = InboundMailbox.draft("claims", 5, "claims@contoso.com", new GraphCloud(Cloud.US_GOV_GCC_HIGH));
        assertThat(graph.kind()).isEqualTo(MailboxKind.GRAPH);
        assertThat(graph.endpoint().host()).isEqualTo("graph.microsoft.us");
        assertThat(OutboundMailbox.draft("support@contoso.com", "support@contoso.com", new GraphCloud(Cloud.GLOBAL)).kind())
                .isEqualTo(MailboxKind.GRAPH);
        assertThat(MailboxKind.forDirection(Direction.INBOUND)).containsExactly(MailboxKind.POP3, MailboxKind.IMAP, MailboxKind.EWS,
                MailboxKind.GRAPH);
        assertThat(MailboxKind.forDirection(Direction.OUTBOUND)).containsExactly(MailboxKind.GRAPH, MailboxKind.SMTP);
    }

    @Test
    void theSpecsRulesHoldForEveryKind() {
        assertThatThrownBy(() -> InboundMailbox.draft("two words", 21, "a@contoso.com", new GraphCloud(Cloud.GLOBAL)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Mailbox Name: only the letters").hasMessageContaining("Max size: a whole number of MB from 5 to 20");
        assertThatThrownBy(() -> OutboundMailbox.draft("not an address", "relay@contoso.com", new GraphCloud(Cloud.GLOBAL)))
                .hasMessageContaining("From Address: a valid email address");
        assertThat(OutboundMailbox.draft("a@contoso.com", "a@contoso.com", new GraphCloud(Cloud.GLOBAL)).name()).isEqualTo("smtp-client");
    }

    @Test
    void ewsReadsOnlyAndGraphServesBothDirections() {
        assertThatThrownBy(() -> OutboundMailbox.draft("a@contoso.com", "a@contoso.com", EwsEndpoint.exchangeOnline()))
                .hasMessage("Type: the outbound mailbox sends through SMTP or Graph");
        assertThat(MailboxRules.checkEndpointKind(MailboxKind.SMTP, Direction.INBOUND)).get().extracting(Violation::message)
                .isEqualTo("Type: an inbound mailbox is POP3, IMAP, EWS or Graph");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
            "http://outlook.office365.com/EWS/Exchange.asmx | EWS URL: must start with https://",
            "outlook.office365.com/EWS/Exchange.asmx        | EWS URL: a web address such as https://outlook.office365.com/EWS/Exchange.asmx",
            "not a url                                      | EWS URL: a web address such as",
            "https:///EWS/Exchange.asmx                     | EWS URL: the address needs a valid host name",
            "https://exa mple.com/EWS/Exchange.asmx         | EWS URL: a web address such as",
            "https://bad_host!.com/EWS/Exchange.asmx        | EWS URL: the address needs a valid host name",
            "https://admin:secret@mail.contoso.com/EWS/Exchange.asmx | EWS URL: must not hold a user name or password",
            "mailto:support@contoso.com                     | EWS URL: a web address such as",
            "'   '                                          | EWS URL: required"})
    void aBadEwsUrlIsRefusedInWords(String url, String message) {
        assertThat(EwsEndpoint.check(url, "Inbox")).singleElement().extracting(Violation::message).asString().startsWith(message)
                .doesNotContain("Exception").doesNotContain("URISyntax");
        assertThatThrownBy(() -> new EwsEndpoint(url, "Inbox")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anOnPremisesEwsUrlAndAnEmptyFolderAreFine() {
        EwsEndpoint onPremises = new EwsEndpoint(" https://mail.contoso.com:8443/EWS/Exchange.asmx ", null);
        assertThat(onPremises.url()).isEqualTo("https://mail.contoso.com:8443/EWS/Exchange.asmx");
        assertThat(onPremises.port()).isEqualTo(8443);
        assertThat(onPremises.folderPath()).isEmpty();
        assertThat(onPremises.folderOrInbox()).isEqualTo("Inbox");
        assertThat(EwsEndpoint.exchangeOnline().port()).isEqualTo(443);
        assertThat(EwsEndpoint.check(EwsEndpoint.EXCHANGE_ONLINE, "x".repeat(257))).singleElement()
                .extracting(Violation::message).asString().startsWith("Folder: at most 256 characters");
    }

    @Test
    void aGraphMailboxIsNamedByItsAddressInAnOpenCloud() {
        assertThatThrownBy(() -> InboundMailbox.draft("claims", 5, "claims", new GraphCloud(Cloud.GLOBAL)))
                .hasMessage("Mailbox: the address of the mailbox in Exchange Online, such as support@contoso.com");
        assertThatThrownBy(() -> InboundMailbox.draft("claims", 5, "Claims <claims@contoso.com>", new GraphCloud(Cloud.GLOBAL)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new GraphCloud(Cloud.GERMANY)).hasMessageContaining("closed in 2021");
        assertThatThrownBy(() -> new GraphCloud(null)).hasMessageContaining("required");
        // an IMAP login need not be an address
        assertThat(InboundMailbox.draft("claims", 5, "CONTOSO\\claims", IMAP).login()).isEqualTo("CONTOSO\\claims");
    }

    @Test
    void movingToAnotherEndpointKeepsEverythingElse() {
        InboundMailbox imap = new InboundMailbox(7, "sales", 12, "sales@contoso.com", IMAP);
        Mailbox graph = imap.withEndpoint(new GraphCloud(Cloud.GLOBAL));
        assertThat(graph).isEqualTo(new InboundMailbox(7, "sales", 12, "sales@contoso.com", new GraphCloud(Cloud.GLOBAL)));
    }
}
