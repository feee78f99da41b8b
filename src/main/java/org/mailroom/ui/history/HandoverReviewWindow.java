package org.mailroom.ui.history;

import org.mailroom.text.Text;
import org.mailroom.ui.common.ModalWindows;
import org.mailroom.ui.common.ViewLoader;

/** Opens "Changes since the last handover". */
public final class HandoverReviewWindow {

    private HandoverReviewWindow() {
    }

    public static void open(HandoverReviewViewModel review) {
        review.load();
        ModalWindows.showManager(ViewLoader.load(new HandoverReviewView(review)), Text.get("handover.title"));
    }
}
