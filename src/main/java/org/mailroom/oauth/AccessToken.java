package org.mailroom.oauth;

/**
 * A bearer token, kept out of logs and screens: {@link #toString()} never shows it and the only way to read
 * it is {@link #forXoauth2()}, named for the one place that may use it.
 */
public final class AccessToken {

    private final String value;

    AccessToken(String value) {
        this.value = value;
    }

    /** The raw token, only to hand to the mail connection test as the XOAUTH2 "password". */
    public String forXoauth2() {
        return value;
    }

    @Override
    public String toString() {
        return "AccessToken[" + value.length() + " characters, hidden]";
    }
}
