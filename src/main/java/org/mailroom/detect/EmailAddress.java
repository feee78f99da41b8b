package org.mailroom.detect;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mailroom.domain.Field;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.Violation;

/**
 * The address detection starts from, split into the parts ISPDB placeholders stand for.
 *
 * @param domain lower case, in ASCII (an internationalised domain comes as its xn-- form)
 */
public record EmailAddress(String localPart, String domain) {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    /** Reads "someone@example.com"; throws a {@link RuleViolationException} an admin can read for anything else. */
    public static EmailAddress parse(String text) {
        String candidate = text == null ? "" : text.strip();
        int at = candidate.lastIndexOf('@');
        if (at <= 0 || at == candidate.length() - 1 || candidate.chars().anyMatch(Character::isWhitespace)) {
            throw invalid();
        }
        String domain;
        try {
            domain = IDN.toASCII(candidate.substring(at + 1), IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        String[] labels = domain.split("\\.", -1);
        // a mail domain has at least two labels: "example.com", never "localhost"
        if (labels.length < 2 || domain.length() > 253) {
            throw invalid();
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw invalid();
            }
        }
        return new EmailAddress(candidate.substring(0, at), domain);
    }

    public String address() {
        return localPart + "@" + domain;
    }

    /** A clientConfig template with its placeholders (%EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN%) filled in. */
    public String fill(String template) {
        return template.replace("%EMAILADDRESS%", address())
                .replace("%EMAILLOCALPART%", localPart)
                .replace("%EMAILDOMAIN%", domain);
    }

    private static RuleViolationException invalid() {
        return new RuleViolationException(Violation.of(Field.EMAIL_ADDRESS, "detect.rule.address"));
    }

    @Override
    public String toString() {
        return address();
    }
}
