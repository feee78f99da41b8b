package org.mailroom.ui.applications;

import org.mailroom.text.Text;
import org.mailroom.ui.common.ModalWindows;
import org.mailroom.ui.common.ViewLoader;

/** Opens the Digital applications manager. */
public final class ApplicationsWindow {

    private ApplicationsWindow() {
    }

    public static void open(ApplicationsViewModel applications) {
        ModalWindows.showManager(ViewLoader.load(new ApplicationsView(applications)), Text.get("applications.title"));
    }
}
