package org.mailroom.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An Attribute Value used as a From address: its Name is the email address (set once, never renamed)
 * and its Display name is the label agents see.
 */
public record FromAddress(long id, long attributeId, String address, String displayName) {

    public FromAddress {
        displayName = displayName == null ? null : Names.normalize(displayName);
        RuleViolationException.throwIfAny(check(address, displayName));
        address = address.strip();
    }

    public static FromAddress draft(long attributeId, String address, String displayName) {
        return new FromAddress(0, attributeId, address, displayName);
    }

    public static List<Violation> check(String address, String displayName) {
        List<Violation> violations = new ArrayList<>();
        BusinessAttributeRules.checkValueName(address).ifPresent(violations::add);
        BusinessAttributeRules.checkDisplayName(displayName).ifPresent(violations::add);
        return violations;
    }

    /** The same value with another display name; the address itself cannot change. */
    public FromAddress withDisplayName(String newDisplayName) {
        return new FromAddress(id, attributeId, address, newDisplayName);
    }

    /** What an agent's From drop-down shows: {@code Support team <support@contoso.com>}. */
    public String agentLabel() {
        return displayName + " <" + address + ">";
    }

    /** The part after the last @, in lower case. */
    public String domain() {
        return domainOf(address);
    }

    /** Within an attribute a value's Name is unique ignoring case; this is the form Names are compared in. */
    public static String addressKey(String address) {
        return address.toLowerCase(Locale.ROOT);
    }

    public static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}
