package org.mailroom.mail.cloud;

/** What the last step proved, in words; a warning when it passed with something the admin should still fix. */
record Proof(String text, boolean warning) {
}
