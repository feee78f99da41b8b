package org.mailroom.mail;

/**
 * The TLS facts of one test.
 *
 * @param protocol        "TLSv1.3", or null when the handshake did not finish
 * @param certificate     the server's own certificate, or null when none was seen
 * @param chainTrusted    the chain verifies against the system's trusted authorities
 * @param pinned          the certificate matches the fingerprint pinned for the server entry
 * @param hostNameMatches the certificate names the host that was dialled (null: not checked)
 */
public record TlsInfo(String protocol, String cipherSuite, CertificateInfo certificate, boolean chainTrusted,
                      boolean pinned, Boolean hostNameMatches) {
}
