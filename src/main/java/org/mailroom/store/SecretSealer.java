package org.mailroom.store;

import org.mailroom.domain.SecretRef;

/** Seals a secret for its owner under the vault key; the import uses it inside its transaction. */
@FunctionalInterface
public interface SecretSealer {

    byte[] seal(SecretRef ref, char[] secret);
}
