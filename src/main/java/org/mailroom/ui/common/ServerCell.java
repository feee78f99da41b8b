package org.mailroom.ui.common;

import javafx.scene.control.ListCell;
import org.mailroom.domain.MailServer;
import org.mailroom.text.Text;

/** Shows a mail server entry as "host:port · IMAP · SSL/TLS". */
public final class ServerCell extends ListCell<MailServer> {

    @Override
    protected void updateItem(MailServer server, boolean empty) {
        super.updateItem(server, empty);
        setText(empty ? null : server == null ? Text.get("editor.server.none") : server.label());
    }
}
