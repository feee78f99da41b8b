package org.mailroom.domain;

import org.mailroom.text.Text;

/**
 * A field a rule can concern: of the mailbox forms, the server list, the applications, the From addresses,
 * the OAuth wizard, an access token, the passphrase prompts and Detect servers. Code places a
 * {@link Violation} by its field; only the screen asks for the {@link #label()}.
 */
public enum Field {
    // the mailbox forms, in the order the spec's tables list them, and the details beside them
    MAILBOX_NAME("field.mailboxName"),
    FROM_ADDRESS("field.fromAddress"),
    MAX_SIZE("field.maxSize"),
    LOGIN("field.login"),
    PASSWORD("field.password"),
    SERVER("field.server"),
    KIND("field.kind"),
    EWS_URL("field.ewsUrl"),
    FOLDER_PATH("field.folderPath"),
    DIRECTION("field.direction"),
    STATE("field.state"),
    AUTHENTICATION("field.authentication"),
    // an entry of the Host/Port/Type list
    HOST("field.host"),
    PORT("field.port"),
    PROTOCOL("field.protocol"),
    SECURITY("field.security"),
    // Digital applications
    APPLICATION_NAME("field.applicationName"),
    // Business Attributes and their values used as From addresses
    FOLDER_NAME("field.folderName"),
    ATTRIBUTE_NAME("field.attributeName"),
    VALUE_NAME("field.valueName"),
    DISPLAY_NAME("field.displayName"),
    // an app registration in the OAuth wizard, and the migration request
    REGISTRATION_NAME("oauth.field.name"),
    CLIENT_ID("oauth.field.clientId"),
    CLIENT_SECRET("oauth.field.clientSecret"),
    TENANT("oauth.field.tenant"),
    CLOUD("oauth.field.cloud"),
    GRANT("oauth.field.grant"),
    PROTOCOLS("oauth.field.protocols"),
    TEST_MAILBOX("oauth.field.testMailbox"),
    // the claims of an access token, named as the token names them
    AUDIENCE("oauth.claim.aud"),
    SCOPES("oauth.claim.scp"),
    ROLES("oauth.claim.roles"),
    EXPIRY("oauth.claim.exp"),
    // the master and export passphrases
    PASSPHRASE("secrets.field.passphrase"),
    // Detect servers
    EMAIL_ADDRESS("detect.field.address");

    private final String key;

    Field(String key) {
        this.key = key;
    }

    /** The field as its form labels it, e.g. "Mailbox Name". */
    public String label() {
        return Text.get(key);
    }
}
