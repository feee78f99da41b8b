package org.mailroom.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;

/** Scripts for {@link ScriptedServer}: just enough SMTP and IMAP to drive Angus to the case under test. */
public final class FakeMailServers {

    private FakeMailServers() {
    }

    /**
     * An SMTP server.
     *
     * @param startTls    offers STARTTLS with this context, and AUTH only after it; null for none
     * @param mechanisms  the AUTH line ("PLAIN LOGIN"), or null to offer no AUTH at all
     * @param sizeLimit   SIZE in bytes, 0 for none
     * @param authReply   the answer to the login, e.g. "235 2.7.0 Authentication successful"
     */
    public static ScriptedServer.Script smtp(SSLContext startTls, String mechanisms, long sizeLimit, String authReply) {
        return talk -> {
            boolean secured = false;
            talk.send("220 fake.test ESMTP ready");
            for (String line = talk.read(); line != null; line = talk.read()) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO")) {
                    List<String> lines = new ArrayList<>(List.of("fake.test greets you"));
                    if (startTls != null && !secured) {
                        lines.add("STARTTLS");
                    }
                    if (mechanisms != null && (startTls == null || secured)) {
                        lines.add("AUTH " + mechanisms);
                    }
                    if (sizeLimit > 0) {
                        lines.add("SIZE " + sizeLimit);
                    }
                    lines.add("8BITMIME");
                    for (int i = 0; i < lines.size(); i++) {
                        talk.send("250" + (i == lines.size() - 1 ? " " : "-") + lines.get(i));
                    }
                } else if (command.equals("STARTTLS") && startTls != null) {
                    talk.send("220 2.0.0 Ready to start TLS");
                    talk.startTls(startTls);
                    secured = true;
                } else if (command.startsWith("AUTH LOGIN")) {
                    talk.send("334 VXNlcm5hbWU6");
                    talk.read();
                    talk.send("334 UGFzc3dvcmQ6");
                    talk.read();
                    talk.send(authReply);
                } else if (command.startsWith("AUTH ")) {
                    if (command.split(" ").length == 2) {
                        talk.send("334 ");
                        talk.read();
                    }
                    talk.send(authReply);
                } else if (command.equals("QUIT")) {
                    talk.send("221 2.0.0 Bye");
                    return;
                } else {
                    talk.send("250 OK");
                }
            }
        };
    }

    /** An IMAP server that offers only AUTH=PLAIN and answers any login attempt with NO. */
    public static ScriptedServer.Script imapWithoutXoauth2() {
        return talk -> {
            talk.send("* OK fake IMAP ready");
            for (String line = talk.read(); line != null; line = talk.read()) {
                String[] words = line.split(" ");
                String tag = words[0];
                String command = words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "";
                if (command.equals("CAPABILITY")) {
                    talk.send("* CAPABILITY IMAP4rev1 AUTH=PLAIN", tag + " OK CAPABILITY completed");
                } else if (command.equals("LOGOUT")) {
                    talk.send("* BYE", tag + " OK LOGOUT completed");
                    return;
                } else {
                    talk.send(tag + " NO not expected in this test");
                }
            }
        };
    }

    /** Accepts and never says a word, until the client hangs up. */
    public static ScriptedServer.Script silent() {
        return talk -> {
            while (talk.read() != null) {
                // listen only
            }
        };
    }
}
