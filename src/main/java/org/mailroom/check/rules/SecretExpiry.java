package org.mailroom.check.rules;

import org.mailroom.check.ExpiryRegister;

/** A client secret whose expiry date, typed from the portal, has passed or is near. */
public final class SecretExpiry extends ExpiryRules {

    public SecretExpiry() {
        super("secretExpiry", ExpiryRegister.Kind.CLIENT_SECRET);
    }
}
