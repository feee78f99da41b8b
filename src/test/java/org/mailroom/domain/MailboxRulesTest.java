package org.mailroom.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MailboxRulesTest {

    private static final MailServer IMAP = new MailServer(1, "outlook.office365.com", 993, Protocol.IMAP, ConnectionSecurity.SSL_TLS);
    private static final MailServer SMTP = new MailServer(2, "smtp.office365.com", 587, Protocol.SMTP, ConnectionSecurity.STARTTLS);

    @Test
    void nameOfFortyCharactersIsAcceptedAndFortyOneIsRefused() {
        assertThat(MailboxRules.checkName("a".repeat(40))).isEmpty();
        assertThat(MailboxRules.checkName("a".repeat(41))).get()
                .extracting(Violation::message)
                .isEqualTo("Mailbox Name: at most 40 characters \u2014 this name has 41");
    }

    @Test
    void aForbiddenCharacterIsNamedAndOnlyAsciiLettersCount() {
        assertThat(MailboxRules.checkName("caf\u00e9")).get().extracting(Violation::message).asString()
                .contains("only the letters A\u2013Z and a\u2013z without accents").endsWith("remove \u201c\u00e9\u201d");
        assertThat(MailboxRules.checkName("two words")).get().extracting(Violation::message).asString().endsWith("remove the space");
        // too long and a wrong character: the character first, as fixing the length alone would not do
        assertThat(MailboxRules.checkName("x#" + "a".repeat(45))).get().extracting(Violation::message).asString().endsWith("remove \u201c#\u201d");
    }

    @ParameterizedTest
    @ValueSource(strings = {"support", "Support2", "sales@contoso.com", "returns_eu", "claims.intake", "A", "0"})
    void nameAcceptsLettersDigitsAndTheThreeSpecialCharacters(String name) {
        assertThat(MailboxRules.checkName(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"smtp-client", "two words", "sales+eu", "caf\u00e9", "a/b", "semi;colon", " lead", "tab\t", "x#1"})
    void nameRefusesEveryOtherCharacter(String name) {
        assertThat(MailboxRules.checkName(name)).get().extracting(Violation::fieldLabel).isEqualTo("Mailbox Name");
    }

    @Test
    void nameIsRequired() {
        assertThat(MailboxRules.checkName("")).get().extracting(Violation::message).isEqualTo("Mailbox Name: required");
        assertThat(MailboxRules.checkName(null)).isPresent();
    }

    @Test
    void maxSizeRunsFromFiveToTwentyWholeMegabytes() {
        assertThat(MailboxRules.checkMaxSize(4)).isPresent();
        assertThat(MailboxRules.checkMaxSize(5)).isEmpty();
        assertThat(MailboxRules.checkMaxSize(20)).isEmpty();
        assertThat(MailboxRules.checkMaxSize(21)).get().extracting(Violation::message)
                .isEqualTo("Max size: a whole number of MB from 5 to 20");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "21", "5.5", "", "abc", "-5", "99999999999", "1e1"})
    void maxSizeAsTypedRefusesAnythingButAWholeNumberInRange(String typed) {
        assertThat(MailboxRules.checkMaxSize(typed)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "12", "20", " 7 "})
    void maxSizeAsTypedAcceptsWholeNumbersInRange(String typed) {
        assertThat(MailboxRules.checkMaxSize(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"support@contoso.com", "first.last@sub.contoso.co.uk", "a@b", "o'brien@contoso.com"})
    void fromAddressAcceptsValidAddresses(String address) {
        assertThat(MailboxRules.checkFromAddress(address)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"support", "support@", "@contoso.com", "two words@contoso.com", "Support <support@contoso.com>",
            "a@@contoso.com", "a@contoso..com", "a,b@contoso.com", "support@contoso.com, sales@contoso.com"})
    void fromAddressRefusesInvalidAddresses(String address) {
        assertThat(MailboxRules.checkFromAddress(address)).get().extracting(Violation::message)
                .isEqualTo("From Address: a valid email address such as support@contoso.com");
    }

    @Test
    void loginIsRequiredAndHasNoSpaces() {
        assertThat(MailboxRules.checkLogin("")).get().extracting(Violation::message).isEqualTo("Mailbox: required");
        assertThat(MailboxRules.checkLogin("   ")).isPresent();
        assertThat(MailboxRules.checkLogin("john doe")).isPresent();
        assertThat(MailboxRules.checkLogin("x".repeat(257))).isPresent();
        assertThat(MailboxRules.checkLogin("CONTOSO\\support")).isEmpty();
    }

    @Test
    void passwordIsRequiredOnlyWhenNoneIsKnown() {
        assertThat(MailboxRules.checkPassword("", true)).get().extracting(Violation::fieldLabel).isEqualTo("Password");
        assertThat(MailboxRules.checkPassword("", false)).isEmpty();
        assertThat(MailboxRules.checkPassword("s3cret with spaces!", true)).isEmpty();
        assertThat(MailboxRules.checkPassword("bad\u0000", true)).isPresent();
        // only spaces is no password, whether one is required (a new mailbox) or may be kept (an edit)
        assertThat(MailboxRules.checkPassword("   ", true)).get().extracting(Violation::message)
                .isEqualTo("Password: only spaces \u2014 type the password of this account");
        assertThat(MailboxRules.checkPassword(" \t ", false)).isPresent();
    }

    @Test
    void serverMustMatchTheDirection() {
        assertThat(MailboxRules.checkEndpoint(IMAP, Direction.INBOUND)).isEmpty();
        assertThat(MailboxRules.checkEndpoint(SMTP, Direction.INBOUND)).get().extracting(Violation::message)
                .isEqualTo("Host/Port/Type: choose a POP3 or IMAP server");
        assertThat(MailboxRules.checkEndpoint(IMAP, Direction.OUTBOUND)).get().extracting(Violation::message)
                .isEqualTo("Host/Port/Type: choose an SMTP server");
        assertThat(MailboxRules.checkEndpoint(null, Direction.OUTBOUND)).isPresent();
    }

    @Test
    void aMailboxCannotBeBuiltWithBrokenRulesAndListsThemAll() {
        assertThatThrownBy(() -> InboundMailbox.draft("bad name!", 21, "", SMTP))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).violations()).extracting(Violation::fieldLabel)
                        .containsExactly("Mailbox Name", "Max size", "Mailbox", "Host/Port/Type"));
    }

    @Test
    void theOutboundMailboxIsAlwaysNamedSmtpClient() {
        OutboundMailbox outbound = OutboundMailbox.draft("support@contoso.com", "relay@contoso.com", SMTP);
        assertThat(outbound.name()).isEqualTo("smtp-client");
        assertThat(outbound.direction()).isEqualTo(Direction.OUTBOUND);
    }
}
