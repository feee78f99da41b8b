package org.mailroom.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mailroom.history.Comparison;
import org.mailroom.history.HistoryEntry;
import org.mailroom.history.HistoryFilter;
import org.mailroom.history.HistoryPage;
import org.mailroom.history.ItemDifference;
import org.mailroom.history.ItemType;
import org.mailroom.history.ItemVersion;
import org.mailroom.history.WorkspaceItems;
import org.mailroom.store.ApplicationStore;
import org.mailroom.store.BusinessAttributeStore;
import org.mailroom.store.HistoryStore;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.OAuthStore;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.WorkspaceDatabase;

/**
 * The history of every change: each use case runs its change through {@link #change}, which reads the items it
 * may touch before and after, in the same transaction, and keeps one row per item that differs. A refused change
 * rolls back with its rows. Who: the OS user, and the display name they chose (kept per workspace).
 */
public final class ChangeHistory {

    /** A page of the History window: at most this many rows are read at once. */
    public static final int PAGE = 200;

    private final WorkspaceDatabase database;
    private final HistoryStore store;
    private final ItemScopes scopes;
    private final Clock clock;
    private final String osUser;
    private volatile Optional<String> displayName;

    public ChangeHistory(WorkspaceDatabase database, Clock clock, String osUser) {
        this.database = database;
        this.store = new HistoryStore(database);
        MailServerStore servers = new MailServerStore(database);
        this.scopes = new ItemScopes(servers, new MailboxStore(database, servers), new ApplicationStore(database),
                new BusinessAttributeStore(database), new OAuthStore(database));
        this.clock = clock;
        this.osUser = osUser;
    }

    /** The history of this workspace, kept under the name of the OS user this Mailroom runs as. */
    public static ChangeHistory ofThisUser(WorkspaceDatabase database, Clock clock) {
        return new ChangeHistory(database, clock, System.getProperty("user.name", "?"));
    }

    ItemScopes scopes() {
        return scopes;
    }

    /** Every item of the workspace, for a change that may touch any (import, the samples, a restore). */
    List<ItemVersion> everything() {
        return WorkspaceItems.of(WorkspaceContent.read(database));
    }

    /** The OS user this Mailroom runs as: who the history says made its changes. */
    public String osUser() {
        return osUser;
    }

    /** The display name this admin chose, if any. */
    public Optional<String> displayName() {
        Optional<String> known = displayName;
        if (known == null) {
            known = store.displayName(osUser);
            displayName = known;
        }
        return known;
    }

    /** Sets the name the history shows beside the OS user (blank: none); a name longer than 128 characters is refused. */
    public void setDisplayName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.length() > 128 || stripped.codePoints().anyMatch(Character::isISOControl)) {
            throw new org.mailroom.domain.RuleViolationException(org.mailroom.domain.Violation.of(
                    org.mailroom.domain.Field.DISPLAY_NAME, "rule.adminName"));
        }
        store.setDisplayName(osUser, stripped);
        displayName = stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
    }

    /** Runs {@code work} in one transaction and records what it changed among the items {@code scope} reads. */
    public <T> T change(Supplier<List<ItemVersion>> scope, Supplier<T> work) {
        return change(scope, result -> scope.get(), work, false);
    }

    /**
     * Runs {@code work} in one transaction: {@code before} is read first, {@code after} (given what the work returned)
     * last, and every item that differs is recorded; {@code secretChanged} marks the changed items' secret as changed.
     */
    public <T> T change(Supplier<List<ItemVersion>> before, Function<T, List<ItemVersion>> after, Supplier<T> work,
                        boolean secretChanged) {
        return database.inTransaction(() -> {
            List<ItemVersion> was = before.get();
            T result = work.get();
            List<ItemDifference> differences = Comparison.between(was, after.apply(result), Comparison.Matching.BY_ID);
            if (secretChanged && differences.isEmpty()) {
                // only the password changed: still a change of the item
                after.apply(result).stream().findFirst().ifPresent(item -> differences.add(new ItemDifference(item.type(), item.id(),
                        item.name(), ItemDifference.Action.CHANGED, Optional.of(item), Optional.of(item), List.of(), true)));
            } else if (secretChanged) {
                differences.replaceAll(ItemDifference::withSecretChanged);
            }
            record(differences);
            return result;
        });
    }

    /** Keeps the differences as rows, now, by this admin (in the caller's transaction). */
    void record(List<ItemDifference> differences) {
        var now = clock.instant();
        String admin = displayName().orElse(null);
        store.add(differences.stream().map(d -> new HistoryStore.Row(0, now, osUser, admin, d.type().name(), d.id(), d.name(),
                d.action().name(), d.before().map(ItemVersion::fieldsJson).orElse(null), d.after().map(ItemVersion::fieldsJson).orElse(null),
                d.secretChanged())).toList());
    }

    /** A page of the history, newest first, with how many changes the filter lets through in all. */
    public HistoryPage read(HistoryFilter filter, int offset) {
        HistoryStore.Page page = store.pageWithTotal(stored(filter), offset, PAGE);
        return new HistoryPage(page.total(), page.rows().stream().map(HistoryEntry::of).toList());
    }

    /** A page of the history, newest first. */
    public List<HistoryEntry> page(HistoryFilter filter, int offset) {
        return store.page(stored(filter), offset, PAGE).stream().map(HistoryEntry::of).toList();
    }

    /** How many changes the filter lets through. */
    public int count(HistoryFilter filter) {
        return store.count(stored(filter));
    }

    private static HistoryStore.Filter stored(HistoryFilter filter) {
        return new HistoryStore.Filter(filter.type() == null ? null : filter.type().name(), filter.itemId(), filter.itemName(),
                filter.osUser(), filter.from(), filter.until());
    }

    /** The OS users that changed something, for the filter. */
    public List<String> admins() {
        return store.osUsers();
    }

    /** The item's last change, for the details panel's "last changed by … on …". */
    public Optional<HistoryEntry> lastChange(ItemType type, long id) {
        return store.latest(type.name(), id).map(HistoryEntry::of);
    }

    /** One entry by its id. */
    public Optional<HistoryEntry> entry(long id) {
        return store.find(id).map(HistoryEntry::of);
    }
}
