package org.mailroom.ui.mailboxes;

import javafx.scene.control.ListCell;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.text.Text;

/** An application in the details panel's chooser, with its stream state; empty means not assigned. */
final class ApplicationCell extends ListCell<DigitalApplication> {

    @Override
    protected void updateItem(DigitalApplication application, boolean empty) {
        super.updateItem(application, empty);
        if (empty) {
            setText(null);
        } else if (application == null) {
            setText(Text.get("details.unassigned"));
        } else {
            setText(Text.get(application.streamEnabled() ? "details.application.on" : "details.application.off",
                    application.name()));
        }
    }
}
