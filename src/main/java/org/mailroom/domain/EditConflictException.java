package org.mailroom.domain;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.mailroom.text.Text;

/**
 * A save refused because another admin changed (or deleted) the item after this edit started: nothing was written.
 * It names who changed it and when, and holds the item as it is stored now (a mailbox, a mail server entry, an app
 * registration...), for the form's Reload and Compare.
 */
public final class EditConflictException extends RuntimeException implements AdminMessage {

    private final transient Object current;
    private final ItemVersion currentVersion;

    private EditConflictException(String message, Object current, ItemVersion currentVersion) {
        super(message);
        this.current = current;
        this.currentVersion = currentVersion;
    }

    /** {@code name} was changed by whoever {@code version} names; {@code current} is the item as stored now. */
    public static EditConflictException changed(String name, Object current, ItemVersion version) {
        String who = version.changedBy() == null ? Text.get("store.editConflict.someone") : version.changedBy();
        String when = version.changedAt() == null ? "-" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withZone(ZoneId.systemDefault()).format(version.changedAt());
        return new EditConflictException(Text.get("store.editConflict", who, name, when), current, version);
    }

    public static EditConflictException deleted(String name) {
        return new EditConflictException(Text.get("store.editConflictGone", name), null, ItemVersion.UNKNOWN);
    }

    /** The item as stored now, when it is a {@code kind}; empty when it was deleted. */
    public <T> Optional<T> current(Class<T> kind) {
        return kind.isInstance(current) ? Optional.of(kind.cast(current)) : Optional.empty();
    }

    /** The version stored now: what a reloaded form starts from. */
    public ItemVersion currentVersion() {
        return currentVersion;
    }
}
