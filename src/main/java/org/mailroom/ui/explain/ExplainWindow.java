package org.mailroom.ui.explain;

import org.mailroom.text.Text;
import org.mailroom.ui.common.ModalWindows;
import org.mailroom.ui.common.ViewLoader;

/** Opens the error decoder: Help ▸ Explain an error message…. */
public final class ExplainWindow {

    private ExplainWindow() {
    }

    public static void open(ExplainViewModel explain) {
        ModalWindows.showManager(ViewLoader.load(new ExplainView(explain)), Text.get("explain.title"));
    }
}
