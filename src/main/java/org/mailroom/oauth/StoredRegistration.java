package org.mailroom.oauth;

/** An app registration as kept in the workspace. */
public record StoredRegistration(long id, AzureAppRegistration registration) {

    public String name() {
        return registration.name();
    }

    @Override
    public String toString() {
        return registration.name();
    }
}
