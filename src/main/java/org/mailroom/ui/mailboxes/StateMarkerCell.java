package org.mailroom.ui.mailboxes;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.mailroom.text.Text;

/** The selection box beside a mailbox: red when the mailbox is enabled, as in the spec. */
final class StateMarkerCell extends TableCell<MailboxItem, MailboxItem> {

    /**
     * The two tooltips every cell of the column shares: a tooltip is a window of its own, costly to build per
     * cell, and built when the mouse first rests on a marker rather than for the first frame.
     */
    static final class Tooltips {
        private Tooltip enabled;
        private Tooltip disabled;

        Tooltip of(boolean isEnabled) {
            if (isEnabled && enabled == null) {
                enabled = new Tooltip(Text.get("state.enabled"));
            } else if (!isEnabled && disabled == null) {
                disabled = new Tooltip(Text.get("state.disabled"));
            }
            return isEnabled ? enabled : disabled;
        }
    }

    private final Region marker = new Region();
    private final Tooltips tooltips;

    StateMarkerCell(Tooltips tooltips) {
        this.tooltips = tooltips;
        marker.getStyleClass().add("state-marker");
        getStyleClass().add("state-cell");
        setOnMouseEntered(event -> {
            if (getItem() != null && !isEmpty()) {
                setTooltip(tooltips.of(getItem().isEnabled()));
            }
        });
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
        if (getTooltip() != null) {
            setTooltip(tooltips.of(item.isEnabled())); // the row now shows another mailbox
        }
        setAccessibleText(Text.get(item.isEnabled() ? "state.enabled" : "state.disabled"));
        setGraphic(marker);
    }
}
