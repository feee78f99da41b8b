package org.mailroom.detect;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mailroom.domain.Protocol;

/**
 * The few commands a probe may send: read the greeting, ask for capabilities, ask for STARTTLS, say goodbye.
 * Never a login, never a credential. Lines and responses are bounded so a talkative server cannot flood us.
 */
final class MailDialogue {

    /** The server said something a mail server of this protocol would not say. */
    static final class Unexpected extends IOException {
        private static final long serialVersionUID = 1L;

        Unexpected(String line) {
            super(line.length() > 120 ? line.substring(0, 120) + "…" : line);
        }
    }

    private static final int MAX_LINE = 2048;
    private static final int MAX_LINES = 100;

    private final Protocol protocol;
    private final InputStream in;
    private final OutputStream out;

    MailDialogue(Socket socket, Protocol protocol) throws IOException {
        this.protocol = protocol;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Reads the greeting; throws {@link Unexpected} unless it is a ready server of the protocol. */
    void greeting() throws IOException {
        String first = line();
        boolean ready = switch (protocol) {
            case IMAP -> first.startsWith("* OK") || first.startsWith("* PREAUTH");
            case POP3 -> first.startsWith("+OK");
            case SMTP -> first.startsWith("220");
        };
        if (!ready) {
            throw new Unexpected(first);
        }
        if (protocol == Protocol.SMTP) {
            smtpRest(first);
        }
    }

    /** Whether the capability list (IMAP CAPABILITY, POP3 CAPA, SMTP EHLO) offers STARTTLS (STLS for POP3). */
    boolean offersStartTls() throws IOException {
        List<String> capabilities = switch (protocol) {
            case IMAP -> {
                send("m1 CAPABILITY");
                yield imapUntilTagged("m1").stream().filter(l -> l.toUpperCase(Locale.ROOT).startsWith("* CAPABILITY"))
                        .toList();
            }
            case POP3 -> {
                send("CAPA");
                yield line().startsWith("+OK") ? popList() : List.of();
            }
            case SMTP -> {
                // a literal address, not a name: RFC 5321 allows it and it gives nothing away
                send("EHLO [127.0.0.1]");
                String first = line();
                yield first.startsWith("250") ? smtpRest(first) : List.of();
            }
        };
        String word = protocol == Protocol.POP3 ? "STLS" : "STARTTLS";
        return capabilities.stream().anyMatch(l -> List.of(l.toUpperCase(Locale.ROOT).split("[\\s-]+")).contains(word));
    }

    /** Asks to switch to TLS; true when the server agrees and now expects the handshake. */
    boolean startTls() throws IOException {
        return switch (protocol) {
            case IMAP -> {
                send("m2 STARTTLS");
                List<String> lines = imapUntilTagged("m2");
                yield lines.get(lines.size() - 1).toUpperCase(Locale.ROOT).startsWith("M2 OK");
            }
            case POP3 -> {
                send("STLS");
                yield line().startsWith("+OK");
            }
            case SMTP -> {
                send("STARTTLS");
                yield line().startsWith("220");
            }
        };
    }

    /** Best effort; the socket is closed right after anyway. */
    void goodbye() {
        try {
            send(switch (protocol) {
                case IMAP -> "m9 LOGOUT";
                case POP3, SMTP -> "QUIT";
            });
        } catch (IOException ignored) {
            // the server may have gone already; nothing depends on a polite goodbye
        }
    }

    private List<String> imapUntilTagged(String tag) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < MAX_LINES; i++) {
            String line = line();
            lines.add(line);
            if (line.startsWith(tag + " ")) {
                return lines;
            }
        }
        throw new Unexpected("no end of response after " + MAX_LINES + " lines");
    }

    private List<String> popList() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line = line(); !line.equals("."); line = line()) {
            lines.add(line);
            if (lines.size() > MAX_LINES) {
                throw new Unexpected("no end of list after " + MAX_LINES + " lines");
            }
        }
        return lines;
    }

    /** The lines of a multi-line SMTP reply ("250-..." until "250 ..."), the first one given. */
    private List<String> smtpRest(String first) throws IOException {
        List<String> lines = new ArrayList<>(List.of(first));
        for (String line = first; line.length() > 3 && line.charAt(3) == '-'; ) {
            line = line();
            lines.add(line);
            if (lines.size() > MAX_LINES) {
                throw new Unexpected("no end of reply after " + MAX_LINES + " lines");
            }
        }
        return lines;
    }

    private void send(String command) throws IOException {
        out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new Unexpected(bytes.size() == 0 ? "connection closed" : bytes.toString(StandardCharsets.US_ASCII));
            }
            if (bytes.size() >= MAX_LINE) {
                throw new Unexpected("line longer than " + MAX_LINE + " bytes");
            }
            bytes.write(b);
        }
        String line = bytes.toString(StandardCharsets.US_ASCII);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
