package org.mailroom.domain;

/** Which secret: its kind and the id of the mailbox or app registration it belongs to. Never the secret itself. */
public record SecretRef(SecretKind kind, long ownerId) {

    public static SecretRef mailboxPassword(long mailboxId) {
        return new SecretRef(SecretKind.MAILBOX_PASSWORD, mailboxId);
    }

    public static SecretRef clientSecret(long registrationId) {
        return new SecretRef(SecretKind.CLIENT_SECRET, registrationId);
    }
}
