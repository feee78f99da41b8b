package org.mailroom.ui.fromaddresses;

import org.mailroom.text.Text;
import org.mailroom.ui.common.ModalWindows;
import org.mailroom.ui.common.ViewLoader;

/** Opens Manage Email Addresses, over whatever window is in front. */
public final class FromAddressesWindow {

    private FromAddressesWindow() {
    }

    public static void open(FromAddressesViewModel fromAddresses) {
        ModalWindows.showManager(ViewLoader.load(new FromAddressesView(fromAddresses)), Text.get("from.title"));
    }
}
