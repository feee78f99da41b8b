package org.mailroom.check.rules;

import org.mailroom.check.ExpiryRegister;

/** A server certificate a connection test saw that has expired or soon will. */
public final class CertificateExpiry extends ExpiryRules {

    public CertificateExpiry() {
        super("certificateExpiry", ExpiryRegister.Kind.CERTIFICATE);
    }
}
