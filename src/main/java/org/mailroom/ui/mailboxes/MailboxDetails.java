package org.mailroom.ui.mailboxes;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailroom.domain.Endpoint;
import org.mailroom.domain.EwsEndpoint;
import org.mailroom.domain.GraphCloud;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.history.HistoryEntry;
import org.mailroom.secrets.Secrets;
import org.mailroom.text.Text;

/** The details panel's lines for the selected mailbox: every field and the state, never a password. */
final class MailboxDetails {

    private static final DateTimeFormatter LAST_CHANGED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final ObservableList<DetailRow> rows = FXCollections.observableArrayList();
    private final LongFunction<Secrets.State> passwords;

    /** @param passwords what Mailroom holds of a mailbox's password, answered from memory */
    MailboxDetails(ObservableValue<MailboxItem> selected, LongFunction<Secrets.State> passwords) {
        this.passwords = passwords;
        // An invalidation listener: a re-saved row equals the old one but may have a new password state.
        selected.addListener(observable -> rows.setAll(describe(selected.getValue())));
    }

    ObservableList<DetailRow> rows() {
        return rows;
    }

    /** Adds "Last changed: … on …" once the history has answered, if the mailbox is still the one shown. */
    void showLastChange(ObservableValue<MailboxItem> selected, long mailboxId, Optional<HistoryEntry> lastChange) {
        if (selected.getValue() != null && selected.getValue().id() == mailboxId) {
            String label = Text.get("details.lastChanged");
            rows.removeIf(row -> row.label().equals(label));
            rows.add(new DetailRow(label, lastChange.map(entry -> Text.get("details.lastChanged.value", entry.who(),
                    LAST_CHANGED.format(entry.at().atZone(ZoneId.systemDefault())))).orElse(Text.get("details.lastChanged.never"))));
        }
    }

    private List<DetailRow> describe(MailboxItem item) {
        if (item == null) {
            return List.of();
        }
        Mailbox mailbox = item.mailbox();
        List<DetailRow> lines = new ArrayList<>();
        lines.add(row("field.mailboxName", mailbox.name()));
        lines.add(row("field.direction", Text.get("direction." + mailbox.direction().name().toLowerCase())));
        lines.add(row("field.state", item.isEnabled() ? Text.get("state.enabled")
                : item.application() != null ? Text.get("state.disabled.streamOff", item.application().name())
                : Text.get("state.disabled")));
        lines.add(row("field.application", item.application() == null ? Text.get("details.unassigned")
                : Text.get(item.application().streamEnabled() ? "details.application.on" : "details.application.off",
                        item.application().name())));
        if (mailbox instanceof OutboundMailbox outbound) {
            lines.add(row("field.fromAddress", outbound.fromAddress()));
        }
        if (mailbox instanceof InboundMailbox inbound) {
            lines.add(row("field.maxSize", Text.get("details.megabytes", inbound.maxSizeMb())));
        }
        lines.add(row("field.login", mailbox.login()));
        lines.add(row("field.authentication", item.authentication()));
        lines.add(row("field.password", mailbox.kind().hasPassword() ? Text.get(switch (passwords.apply(mailbox.id())) {
            case SAVED -> "details.password.saved";
            case TYPED -> "details.password.typed";
            case NONE -> "details.password.unset";
        }) : Text.get("details.password.appSecret")));
        lines.add(row("field.kind", Text.of(mailbox.kind())));
        Endpoint endpoint = mailbox.endpoint();
        if (endpoint instanceof MailServer server) {
            lines.add(row("field.host", server.host()));
            lines.add(row("field.port", String.valueOf(server.port())));
            lines.add(row("field.security", server.security().label()));
        } else if (endpoint instanceof EwsEndpoint ews) {
            lines.add(row("field.ewsUrl", ews.url()));
            lines.add(row("field.folderPath", ews.folderOrInbox()));
        } else if (endpoint instanceof GraphCloud graph) {
            lines.add(row("editor.cloud.label", Text.of(graph.cloud())));
            lines.add(row("field.graphHost", graph.host()));
        }
        return lines;
    }

    private static DetailRow row(String labelKey, String value) {
        return new DetailRow(Text.get(labelKey), value);
    }
}
