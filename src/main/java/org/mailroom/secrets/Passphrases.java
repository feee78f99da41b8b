package org.mailroom.secrets;

import java.util.Optional;
import org.mailroom.domain.Field;
import org.mailroom.domain.Violation;

/** The rule for master and export passphrases. */
public final class Passphrases {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 1024;

    private Passphrases() {
    }

    public static Optional<Violation> check(char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_LENGTH || passphrase.length > MAX_LENGTH) {
            return Optional.of(Violation.of(Field.PASSPHRASE, "secrets.rule.passphrase", MIN_LENGTH));
        }
        return Optional.empty();
    }
}
