package org.mailroom.diagnosis;

/**
 * What a pasted error means, ready to show.
 *
 * @param said  who says it: "Exchange Online", "Microsoft's sign-in", …
 * @param cause what it means
 * @param field the field of the workspace it points at, as its form labels it
 * @param fix   what to do
 */
public record Explanation(KnownError row, String said, String cause, String field, String fix) {
}
