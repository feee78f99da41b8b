package org.mailroom.ui.mailboxes;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.mailroom.text.Text;

/** The selection box beside a mailbox: red when the mailbox is enabled, as in the spec. */
final class StateMarkerCell extends TableCell<MailboxItem, MailboxItem> {

    /** The two tooltips every cell of the column shares: a tooltip is a window of its own, costly to build per cell. */
    record Tooltips(Tooltip enabled, Tooltip disabled) {
        Tooltips() {
            this(new Tooltip(Text.get("state.enabled")), new Tooltip(Text.get("state.disabled")));
        }
    }

    private final Region marker = new Region();
    private final Tooltips tooltips;

    StateMarkerCell(Tooltips tooltips) {
        this.tooltips = tooltips;
        marker.getStyleClass().add("state-marker");
        getStyleClass().add("state-cell");
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
        Tooltip tooltip = item.isEnabled() ? tooltips.enabled() : tooltips.disabled();
        setTooltip(tooltip);
        setAccessibleText(tooltip.getText());
        setGraphic(marker);
    }
}
