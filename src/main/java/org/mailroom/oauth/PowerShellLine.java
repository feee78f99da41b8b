package org.mailroom.oauth;

/** One Exchange Online PowerShell command with a sentence that says what it does or what to fill in. */
public record PowerShellLine(String command, String note) {
}
