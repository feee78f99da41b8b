package org.mailroom.domain;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;
import java.util.regex.Pattern;

/** The field rules of the mailbox forms, one check per field, each naming the field and the rule. */
public final class MailboxRules {

    public static final int MAX_NAME_LENGTH = 40;
    public static final int MIN_SIZE_MB = 5;
    public static final int MAX_SIZE_MB = 20;
    public static final int DEFAULT_SIZE_MB = 5;
    static final int MAX_CREDENTIAL_LENGTH = 256;
    /** RFC 5321: a path holds at most 256 characters with its angle brackets, so an address at most 254. */
    public static final int MAX_ADDRESS_LENGTH = 254;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private MailboxRules() {
    }

    public static Optional<Violation> checkName(String name) {
        if (name == null || name.isEmpty()) {
            return violation(Field.MAILBOX_NAME, "rule.required");
        }
        // Each way a name can break the rule in its own words: a long name is not told its characters are wrong.
        int forbidden = firstForbiddenCharacter(name);
        if (forbidden >= 0) {
            return Optional.of(Character.isWhitespace(forbidden)
                    ? Violation.of(Field.MAILBOX_NAME, "rule.mailboxName.space")
                    : Violation.of(Field.MAILBOX_NAME, "rule.mailboxName.characters", Character.toString(forbidden)));
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return Optional.of(Violation.of(Field.MAILBOX_NAME, "rule.mailboxName.length", MAX_NAME_LENGTH, name.length()));
        }
        return Optional.empty();
    }

    /** The first character the spec doesn't allow in a Mailbox Name (ASCII letters, digits, @ _ .), or -1. */
    private static int firstForbiddenCharacter(String name) {
        // a plain test per character: names are checked for every mailbox read, a regex per character showed at start-up
        return name.codePoints().filter(c -> !isNameCharacter(c)).findFirst().orElse(-1);
    }

    private static boolean isNameCharacter(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '@' || c == '_' || c == '.';
    }

    public static Optional<Violation> checkMaxSize(int megabytes) {
        return megabytes >= MIN_SIZE_MB && megabytes <= MAX_SIZE_MB
                ? Optional.empty()
                : violation(Field.MAX_SIZE, "rule.maxSize");
    }

    /** The Max size as typed in a form: a whole number of MB from 5 to 20. */
    public static Optional<Violation> checkMaxSize(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            return violation(Field.MAX_SIZE, "rule.maxSize");
        }
        return checkMaxSize(Integer.parseInt(text));
    }

    public static Optional<Violation> checkLogin(String login) {
        if (login == null || login.isBlank()) {
            return violation(Field.LOGIN, "rule.required");
        }
        boolean printable = login.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
        return printable && login.length() <= MAX_CREDENTIAL_LENGTH
                ? Optional.empty()
                : violation(Field.LOGIN, "rule.login");
    }

    /** A password typed in a form; {@code required} when none is known for this mailbox yet. */
    public static Optional<Violation> checkPassword(String password, boolean required) {
        if (password == null || password.isEmpty()) {
            return required ? violation(Field.PASSWORD, "rule.passwordRequired") : Optional.empty();
        }
        if (password.isBlank()) {
            return violation(Field.PASSWORD, "rule.passwordBlank"); // the spec has the admin type a password
        }
        boolean printable = password.codePoints().noneMatch(Character::isISOControl);
        return printable && password.length() <= MAX_CREDENTIAL_LENGTH
                ? Optional.empty()
                : violation(Field.PASSWORD, "rule.password");
    }

    /** A bare address such as {@code support@contoso.com}, parsed strictly (RFC 822 syntax). */
    public static Optional<Violation> checkFromAddress(String address) {
        if (address == null || address.isBlank()) {
            return violation(Field.FROM_ADDRESS, "rule.required");
        }
        String candidate = address.strip();
        if (candidate.length() > MAX_ADDRESS_LENGTH) {
            return Optional.of(Violation.of(Field.FROM_ADDRESS, "rule.emailAddressLength", MAX_ADDRESS_LENGTH));
        }
        try {
            InternetAddress parsed = new InternetAddress(candidate, true);
            parsed.validate();
            boolean bare = parsed.getPersonal() == null && candidate.equals(parsed.getAddress());
            int at = candidate.lastIndexOf('@');
            boolean hasDomain = at > 0 && at < candidate.length() - 1;
            return bare && hasDomain ? Optional.empty() : violation(Field.FROM_ADDRESS, "rule.emailAddress");
        } catch (AddressException e) {
            return violation(Field.FROM_ADDRESS, "rule.emailAddress");
        }
    }

    /** Where the mailbox connects: there, and of a kind that serves its direction (Graph serves both). */
    public static Optional<Violation> checkEndpoint(Endpoint endpoint, Direction direction) {
        if (endpoint == null) {
            return violation(Field.SERVER, "rule.required");
        }
        if (!(endpoint instanceof MailServer)) {
            return checkEndpointKind(endpoint.kind(), direction);
        }
        if (endpoint.kind().serves(direction)) {
            return Optional.empty();
        }
        return violation(Field.SERVER, direction == Direction.INBOUND ? "rule.serverInbound" : "rule.serverOutbound");
    }

    /** A kind of mailbox that serves the direction: Graph both, EWS and POP3/IMAP inbound, SMTP outbound. */
    public static Optional<Violation> checkEndpointKind(MailboxKind kind, Direction direction) {
        if (kind == null) {
            return violation(Field.KIND, "rule.required");
        }
        return kind.serves(direction) ? Optional.empty()
                : violation(Field.KIND, direction == Direction.INBOUND ? "rule.kindInbound" : "rule.kindOutbound");
    }

    /** The login for a mailbox connecting to {@code endpoint}: a Graph mailbox is named by its address. */
    public static Optional<Violation> checkLogin(String login, Endpoint endpoint) {
        return checkLogin(login, endpoint == null ? null : endpoint.kind());
    }

    /** The login for a mailbox of {@code kind} (null: not chosen yet, only the general rule). */
    public static Optional<Violation> checkLogin(String login, MailboxKind kind) {
        Optional<Violation> general = checkLogin(login);
        if (general.isPresent() || kind != MailboxKind.GRAPH) {
            return general;
        }
        return checkFromAddress(login).map(v -> Violation.of(Field.LOGIN, "rule.graphMailbox"));
    }

    private static Optional<Violation> violation(Field field, String ruleKey) {
        return Optional.of(Violation.of(field, ruleKey));
    }
}
