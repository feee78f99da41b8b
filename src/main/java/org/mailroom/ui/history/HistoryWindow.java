package org.mailroom.ui.history;

import org.mailroom.text.Text;
import org.mailroom.ui.common.ModalWindows;
import org.mailroom.ui.common.ViewLoader;

/** Opens the History window. */
public final class HistoryWindow {

    private HistoryWindow() {
    }

    public static void open(HistoryViewModel history) {
        history.load();
        ModalWindows.showManager(ViewLoader.load(new HistoryView(history)), Text.get("historyWindow.title"));
    }
}
