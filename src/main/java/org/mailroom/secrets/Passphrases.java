package org.mailroom.secrets;

import java.util.Arrays;
import java.util.Optional;
import org.mailroom.domain.Field;
import org.mailroom.domain.Violation;

/**
 * The one strength rule for a new passphrase, the master passphrase and an export passphrase alike: at least
 * {@value #MIN_LENGTH} characters, not only spaces. A new one is typed twice, so a typo cannot lock the admin out.
 */
public final class Passphrases {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 1024;

    private Passphrases() {
    }

    public static Optional<Violation> check(char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_LENGTH || passphrase.length > MAX_LENGTH || isBlank(passphrase)) {
            return Optional.of(Violation.of(Field.PASSPHRASE, "secrets.rule.passphrase", MIN_LENGTH));
        }
        return Optional.empty();
    }

    /** A new passphrase and its repetition: strong enough, and the same twice. */
    public static Optional<Violation> checkNew(char[] passphrase, char[] repeated) {
        return check(passphrase).or(() -> Arrays.equals(passphrase, repeated)
                ? Optional.empty()
                : Optional.of(Violation.of(Field.PASSPHRASE, "secrets.rule.passphraseRepeat")));
    }

    /** {@link #checkNew} in words, as a new-passphrase dialog shows it. */
    public static Optional<String> refusal(char[] passphrase, char[] repeated) {
        return checkNew(passphrase, repeated).map(Violation::message);
    }

    private static boolean isBlank(char[] passphrase) {
        for (char c : passphrase) {
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
