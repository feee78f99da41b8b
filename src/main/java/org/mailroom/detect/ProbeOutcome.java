package org.mailroom.detect;

import org.mailroom.domain.ConnectionSecurity;

/**
 * One probe's finding.
 *
 * @param security what the server really offers on that port: a plain port without STARTTLS becomes NONE,
 *                 a port a file called plain becomes STARTTLS when the server offers it
 * @param detail   why, in words for the admin; empty when there is nothing to add
 */
record ProbeOutcome(ProbeStatus status, ConnectionSecurity security, String detail) {
}
