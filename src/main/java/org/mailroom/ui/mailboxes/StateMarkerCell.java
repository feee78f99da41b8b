package org.mailroom.ui.mailboxes;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.mailroom.text.Text;

/** The selection box beside a mailbox: red when the mailbox is enabled, as in the spec. */
final class StateMarkerCell extends TableCell<MailboxItem, MailboxItem> {

    private final Region marker = new Region();
    private final Tooltip tooltip = new Tooltip();

    StateMarkerCell() {
        marker.getStyleClass().add("state-marker");
        setStyle("-fx-alignment: center;");
    }

    @Override
    protected void updateItem(MailboxItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        marker.getStyleClass().remove("enabled");
        if (item.isEnabled()) {
            marker.getStyleClass().add("enabled");
        }
        String state = Text.get(item.isEnabled() ? "state.enabled" : "state.disabled");
        tooltip.setText(state);
        setTooltip(tooltip);
        setAccessibleText(state);
        setGraphic(marker);
    }
}
