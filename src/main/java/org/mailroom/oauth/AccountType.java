package org.mailroom.oauth;

/** "Supported account types" of the app registration; E-mail Server works with both. */
public enum AccountType {
    SINGLE_TENANT,
    MULTI_TENANT
}
