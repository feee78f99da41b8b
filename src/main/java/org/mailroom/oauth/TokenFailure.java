package org.mailroom.oauth;

/**
 * Why no token came, as the admin can act on it.
 *
 * @param code   AADSTS code (e.g. {@code AADSTS7000218}), OAuth error ({@code invalid_grant}) or one of
 *               {@code unreachable}, {@code timeout}, {@code unknown}
 * @param action what the admin should do, from the facts sheet §5
 * @param detail Microsoft's own description when there is one (never holds a secret or token), else ""
 */
public record TokenFailure(String code, String action, String detail) {
}
