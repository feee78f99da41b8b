package org.mailroom.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mailroom.check.CheckInput;
import org.mailroom.check.CheckReport;
import org.mailroom.check.ConfigurationCheck;
import org.mailroom.check.Finding;
import org.mailroom.check.ItemKind;
import org.mailroom.history.ChangeReport;
import org.mailroom.history.Comparison;
import org.mailroom.history.Handover;
import org.mailroom.io.AtomicFiles;
import org.mailroom.io.FileAccessException;
import org.mailroom.history.ItemDifference;
import org.mailroom.history.ItemType;
import org.mailroom.history.ItemVersion;
import org.mailroom.store.HandoverStore;
import org.mailroom.store.OAuthStore;
import org.mailroom.store.TestResultStore;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.WorkspaceDatabase;

/**
 * Handovers: exporting the E-mail Server options or the migration request, or marking it by hand, keeps every item
 * as it is then; "Changes since the last handover" compares that with now, with the check's findings for what changed.
 */
public final class Handovers {

    /** How a handover happened. */
    public enum Reason {
        OPTIONS, MIGRATION_REQUEST, MARKED
    }

    /** What changed since the last handover (everything is "added" when there was none). */
    public record Review(Optional<Handover> last, List<ItemDifference> differences, List<Finding> findings) {
    }

    private static final Map<ItemType, ItemKind> CHECKED = Map.of(ItemType.MAILBOX, ItemKind.MAILBOX,
            ItemType.MAIL_SERVER, ItemKind.MAIL_SERVER, ItemType.APPLICATION, ItemKind.APPLICATION,
            ItemType.REGISTRATION, ItemKind.REGISTRATION, ItemType.FROM_ADDRESS, ItemKind.FROM_ADDRESS);

    private final WorkspaceDatabase database;
    private final HandoverStore store;
    private final ChangeHistory history;
    private final Clock clock;

    public Handovers(WorkspaceDatabase database, ChangeHistory history, Clock clock) {
        this.database = database;
        this.store = new HandoverStore(database);
        this.history = history;
        this.clock = clock;
    }

    /** Keeps every item as it is now as the last handover, in one transaction. */
    public Handover mark(Reason reason) {
        return asHandover(database.inTransaction(() -> store.add(new HandoverStore.Handover(0, clock.instant(), history.osUser(),
                history.displayName().orElse(null), reason.name()), history.everything().stream()
                .map(item -> new HandoverStore.Item(item.type().name(), item.id(), item.name(), item.fieldsJson())).toList())));
    }

    private static Handover asHandover(HandoverStore.Handover stored) {
        return new Handover(stored.at(), stored.osUser(), stored.adminName(), stored.reason());
    }

    /** The changes since the last handover, item by item, with the check's findings for the items that changed. */
    public Review sinceLast() {
        record Compared(Optional<Handover> last, List<ItemDifference> differences) {
        }
        Compared compared = database.inTransaction(() -> {
            Optional<HandoverStore.Handover> last = store.latest();
            List<ItemVersion> then = last.map(h -> store.items(h.id()).stream().map(item -> ItemVersion.fromJson(
                    ItemType.valueOf(item.itemKind()), item.itemId(), item.itemName(), item.fields())).toList()).orElse(List.of());
            return new Compared(last.map(Handovers::asHandover), Comparison.between(then, history.everything(), Comparison.Matching.BY_ID));
        });
        CheckInput now = database.inTransaction(() -> new CheckInput(WorkspaceContent.read(database),
                new TestResultStore(database).all(), new OAuthStore(database).manifests()));
        return new Review(compared.last(), compared.differences(),
                findingsAbout(compared.differences(), new ConfigurationCheck(clock).run(now)));
    }

    /** Writes the review for a change ticket, as HTML or as plain text (temp file, then moved into place). */
    public void export(java.nio.file.Path target, String title, Review review, boolean html) throws java.io.IOException {
        String report = html ? ChangeReport.html(title, review.differences(), review.findings())
                : ChangeReport.text(title, review.differences(), review.findings());
        try {
            AtomicFiles.write(target, report.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw FileAccessException.writing(target, e);
        }
    }

    /** The findings about the items that were added or changed (a removed item has none left). */
    static List<Finding> findingsAbout(List<ItemDifference> differences, CheckReport report) {
        Set<String> changed = differences.stream().filter(d -> d.action() != ItemDifference.Action.REMOVED)
                .filter(d -> CHECKED.containsKey(d.type()))
                .map(d -> CHECKED.get(d.type()) + "#" + d.id()).collect(Collectors.toSet());
        return report.findings().stream().filter(f -> changed.contains(f.item().kind() + "#" + f.item().id())).toList();
    }
}
