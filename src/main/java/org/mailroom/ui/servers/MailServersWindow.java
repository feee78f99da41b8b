package org.mailroom.ui.servers;

import org.mailroom.text.Text;
import org.mailroom.ui.common.ModalWindows;
import org.mailroom.ui.common.ViewLoader;

/** Opens the Mail servers manager. */
public final class MailServersWindow {

    private MailServersWindow() {
    }

    public static void open(MailServersViewModel servers) {
        ModalWindows.showManager(ViewLoader.load(new MailServersView(servers)), Text.get("servers.title"));
    }
}
