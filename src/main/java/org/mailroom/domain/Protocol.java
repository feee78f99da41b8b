package org.mailroom.domain;

/** The mail protocols a mailbox can use: POP3 and IMAP to read, SMTP to send. */
public enum Protocol {
    POP3(Direction.INBOUND, 995, 110, 110),
    IMAP(Direction.INBOUND, 993, 143, 143),
    SMTP(Direction.OUTBOUND, 465, 587, 25);

    private final Direction direction;
    private final int sslPort;
    private final int startTlsPort;
    private final int plainPort;

    Protocol(Direction direction, int sslPort, int startTlsPort, int plainPort) {
        this.direction = direction;
        this.sslPort = sslPort;
        this.startTlsPort = startTlsPort;
        this.plainPort = plainPort;
    }

    public Direction direction() {
        return direction;
    }

    /** The port servers usually listen on for this protocol with the given security. */
    public int defaultPort(ConnectionSecurity security) {
        return switch (security) {
            case SSL_TLS -> sslPort;
            case STARTTLS -> startTlsPort;
            case NONE -> plainPort;
        };
    }
}
