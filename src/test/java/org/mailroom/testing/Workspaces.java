package org.mailroom.testing;

import java.nio.file.Path;
import java.util.List;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.store.MailServerStore;

/** Helpers for tests that open real workspaces in temp folders. */
public final class Workspaces {

    private Workspaces() {
    }

    public static MailServer preset(MailServerStore servers, Protocol protocol) {
        List<MailServer> all = servers.findAll();
        return all.stream()
                .filter(s -> s.protocol() == protocol)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no preset for " + protocol + " in " + all));
    }

    public static MailServer imapPreset(MailServerStore servers) {
        return preset(servers, Protocol.IMAP);
    }

    public static MailServer smtpPreset(MailServerStore servers) {
        return preset(servers, Protocol.SMTP);
    }

    public static MailServer plainImap(String host) {
        return MailServer.draft(host, 143, Protocol.IMAP, ConnectionSecurity.STARTTLS);
    }

    /** A plain IMAP server (STARTTLS on 143) on mail.claims.example, added to the workspace. */
    public static MailServer plainImapAdded(MailServerStore servers) {
        return servers.add(plainImap("mail.claims.example"));
    }

    public static Path file(Path folder) {
        return folder.resolve("workspace.mv.db");
    }
}
