package org.mailroom.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules over the mailboxes together rather than one field: Mailbox Names are unique ignoring case, and
 * only one outbound mailbox is permitted. This is their one home: the mailbox form, the import and the
 * configuration check ask an instance built from the mailboxes they know, one mailbox at a time in workspace
 * (or file) order; the database's constraints are only the safety net, reported with the same violations.
 * Whether a mailbox may be deleted is here too.
 */
public final class WorkspaceRules {

    private final List<Mailbox> existing;
    /** By {@link #nameKey}: the name as the first mailbox that took it spells it; made when first asked. */
    private Map<String, String> names;
    private boolean outbound;

    private WorkspaceRules(Collection<? extends Mailbox> existing) {
        this.existing = List.copyOf(existing);
        this.outbound = existing.stream().anyMatch(mailbox -> mailbox.direction() == Direction.OUTBOUND);
    }

    /**
     * The rules over {@code mailboxes} (none: the rules a file's first mailbox meets). Cheap when only the
     * outbound rule is asked, as a table of many mailboxes does on every change.
     */
    public static WorkspaceRules of(Collection<? extends Mailbox> mailboxes) {
        return new WorkspaceRules(mailboxes);
    }

    /**
     * Counts the mailbox in, whether or not it broke a rule. A name stays with the first mailbox that took it:
     * when this one repeats it (ignoring case), that first name comes back.
     */
    public Optional<String> add(Mailbox mailbox) {
        return add(mailbox.name(), mailbox.direction());
    }

    /** Counts in an entry that may not have become a mailbox (a file's): its name when it has a valid one, else null. */
    public Optional<String> add(String name, Direction direction) {
        outbound |= direction == Direction.OUTBOUND;
        return name == null ? Optional.empty() : Optional.ofNullable(names().putIfAbsent(nameKey(name), name));
    }

    /** Unique names: the name a mailbox already has that equals {@code name} ignoring case. */
    public Optional<String> holderOf(String name) {
        return Optional.ofNullable(names().get(nameKey(name)));
    }

    public boolean isNameTaken(String name) {
        return holderOf(name).isPresent();
    }

    public Optional<Violation> checkName(String name) {
        return isNameTaken(name) ? Optional.of(duplicateName(name)) : Optional.empty();
    }

    /** One outbound mailbox: whether there is one already. */
    public boolean hasOutbound() {
        return outbound;
    }

    /** What stops one more mailbox of {@code direction}: for an outbound one, the outbound mailbox already there. */
    public Optional<Violation> checkDirection(Direction direction) {
        return direction == Direction.OUTBOUND && hasOutbound() ? Optional.of(secondOutbound()) : Optional.empty();
    }

    private Map<String, String> names() {
        if (names == null) {
            names = new HashMap<>();
            existing.forEach(mailbox -> names.putIfAbsent(nameKey(mailbox.name()), mailbox.name()));
        }
        return names;
    }

    /** Why the mailbox cannot be deleted, if it cannot: it is enabled, and the way out. */
    public static Optional<Violation> checkDelete(Mailbox mailbox, Applications applications) {
        return applications.applicationOf(mailbox)
                .filter(DigitalApplication::streamEnabled)
                .map(application -> deleteEnabled(mailbox, application.name()));
    }

    public static Violation deleteEnabled(Mailbox mailbox, String applicationName) {
        return Violation.about(mailbox.name(), Field.STATE, "rule.deleteEnabled", applicationName);
    }

    public static boolean sameName(String a, String b) {
        return nameKey(a).equals(nameKey(b));
    }

    /** Names are unique as the admin sees them, ignoring case; this is the form they are compared in ({@link Names#key}). */
    public static String nameKey(String name) {
        return Names.key(name);
    }

    public static Violation duplicateName(String name) {
        return Violation.of(Field.MAILBOX_NAME, "rule.duplicateName", name);
    }

    public static Violation secondOutbound() {
        return Violation.of(Field.DIRECTION, "rule.oneOutbound");
    }

    /**
     * Two mailboxes of one direction with this key read the same account (the same login on the same host,
     * through IMAP or POP3 alike) and take each other's messages. Compared ignoring case, as Exchange does.
     */
    public static String accountKey(Mailbox mailbox) {
        return mailbox.direction() + " " + mailbox.endpoint().host().toLowerCase(Locale.ROOT) + " " + mailbox.login().toLowerCase(Locale.ROOT);
    }
}
