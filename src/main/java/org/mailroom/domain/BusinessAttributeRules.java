package org.mailroom.domain;

import java.util.Optional;
import org.mailroom.text.Text;

/** The rules of Business Attribute folders, attributes and their values used as From addresses. */
public final class BusinessAttributeRules {

    public static final int MAX_NAME_LENGTH = 64;
    public static final int MAX_DISPLAY_NAME_LENGTH = 128;

    private BusinessAttributeRules() {
    }

    static Optional<Violation> checkName(String name, Field field) {
        if (name == null || name.isBlank()) {
            return Optional.of(Violation.of(field, "rule.required"));
        }
        Optional<Violation> lookAlike = Names.checkCharacters(name, field);
        if (lookAlike.isPresent()) {
            return lookAlike;
        }
        boolean printable = name.codePoints().noneMatch(Character::isISOControl);
        return printable && Names.normalize(name).length() <= MAX_NAME_LENGTH
                ? Optional.empty()
                : Optional.of(Violation.of(field, "rule.attributeName"));
    }

    /** A value's Name is a From address: one valid email address. */
    public static Optional<Violation> checkValueName(String address) {
        return MailboxRules.checkFromAddress(address)
                .map(violation -> violation.onField(Field.VALUE_NAME));
    }

    public static Optional<Violation> checkDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return Optional.of(Violation.of(Field.DISPLAY_NAME, "rule.required"));
        }
        Optional<Violation> lookAlike = Names.checkCharacters(displayName, Field.DISPLAY_NAME);
        if (lookAlike.isPresent()) {
            return lookAlike;
        }
        boolean printable = displayName.codePoints().noneMatch(c -> Character.isISOControl(c) || c == '<' || c == '>');
        return printable && Names.normalize(displayName).length() <= MAX_DISPLAY_NAME_LENGTH
                ? Optional.empty()
                : Optional.of(Violation.of(Field.DISPLAY_NAME, "rule.displayName"));
    }

    /**
     * Sending as an address of another domain than the outbound mailbox's needs Send As or Send on
     * Behalf rights on that mailbox; a warning, not an error, as the rights may well be granted.
     */
    public static Optional<String> sendAsWarning(FromAddress value, String outboundAddress) {
        if (!needsSendAs(value.address(), outboundAddress, null)) {
            return Optional.empty();
        }
        return Optional.of(Text.get("warning.sendAs", value.address(), FromAddress.domainOf(outboundAddress)));
    }

    /**
     * Whether the outbound mailbox, signing in as {@code login}, needs Send As rights to send as {@code address}.
     * Never for the mailbox's own address (its login, or its From Address: the latter is judged on its own by
     * {@link #fromAddressNeedsSendAs}); otherwise when the address is on another domain than the one the mailbox
     * signs in with (its login's when the login is an address, else its From Address's).
     *
     * @param login null or a login that is no address (an on-premises account name) to compare with the From Address
     */
    public static boolean needsSendAs(String address, String outboundFromAddress, String login) {
        if (address == null || outboundFromAddress == null || outboundFromAddress.isBlank()) {
            return false;
        }
        if (address.equalsIgnoreCase(outboundFromAddress) || login != null && address.equalsIgnoreCase(login.strip())) {
            return false;
        }
        return !FromAddress.domainOf(address).equals(sendingDomain(outboundFromAddress, login));
    }

    /** The domain the outbound mailbox sends as by right: its login's when that is an address, else its From Address's. */
    public static String sendingDomain(String outboundFromAddress, String login) {
        return FromAddress.domainOf(isAddress(login) ? login.strip() : outboundFromAddress);
    }

    /** The outbound mailbox sends from an address on another domain than the login it signs in with. */
    public static boolean fromAddressNeedsSendAs(String outboundFromAddress, String login) {
        return outboundFromAddress != null && isAddress(login)
                && !FromAddress.domainOf(outboundFromAddress).equals(FromAddress.domainOf(login.strip()));
    }

    private static boolean isAddress(String login) {
        return login != null && MailboxRules.checkFromAddress(login.strip()).isEmpty();
    }
}
