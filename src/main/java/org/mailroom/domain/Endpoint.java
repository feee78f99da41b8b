package org.mailroom.domain;

/**
 * Where a mailbox connects: a mail server entry of the Host/Port/Type list (POP3, IMAP, SMTP), an Exchange Web
 * Services endpoint URL, or Microsoft Graph in one of Microsoft's clouds. The kind of the mailbox follows from it,
 * so a mailbox can never be "Graph with a port" or "IMAP without a host".
 */
public sealed interface Endpoint permits MailServer, EwsEndpoint, GraphCloud {

    MailboxKind kind();

    /** The host name connected to, for search, the table's Server column and the "same account" rule. */
    String host();

    /** Where a password prompt or a report says it connects: host:port, the EWS URL, or the Graph host. */
    String address();

    /** How the table and the details show it, e.g. "outlook.office365.com:993 · IMAP · SSL/TLS". */
    String label();
}
