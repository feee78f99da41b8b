package org.mailroom.oauth;

import org.mailroom.domain.Severity;

/**
 * One mistake in a pasted manifest.
 *
 * @param permission the catalogue permission concerned, or null (unparsable text, an unknown id)
 * @param foundId    for {@link Kind#UNCONFIRMED_ID}: the id the manifest has where {@code permission} was expected,
 *                   which the admin may confirm as that permission's id in their tenant; else null
 */
public record ManifestFinding(Kind kind, Severity severity, String message, Permission permission, String foundId) {

    public ManifestFinding(Kind kind, Severity severity, String message, Permission permission) {
        this(kind, severity, message, permission, null);
    }

    public enum Kind {
        UNPARSABLE,
        NO_REQUIRED_RESOURCE_ACCESS,
        /** A Role written as Scope or the reverse, or a delegated permission where an application one is needed. */
        WRONG_TYPE,
        /** The right name under the other resourceAppId, or a permission id placed under a resource that lacks it. */
        WRONG_RESOURCE,
        /** full_access_as_app given for IMAP or POP, which it does not open. */
        FULL_ACCESS_AS_APP_FOR_IMAP_POP,
        MISSING,
        /**
         * Another id than Microsoft's documented one, under the right resource with the right type: the ids of
         * IMAP/POP/SMTP under Exchange Online can differ per tenant, so the admin confirms the one they found.
         */
        UNCONFIRMED_ID,
        EXTRA
    }
}
