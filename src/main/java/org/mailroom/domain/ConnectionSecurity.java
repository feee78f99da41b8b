package org.mailroom.domain;

/** How a mail client protects its connection to the server. */
public enum ConnectionSecurity {
    /** TLS from the first byte (ports 993, 995, 465). */
    SSL_TLS("SSL/TLS"),
    /** Plain connection upgraded with STARTTLS before login. */
    STARTTLS("STARTTLS"),
    /** No encryption at all. */
    NONE("None");

    private final String label;

    ConnectionSecurity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
