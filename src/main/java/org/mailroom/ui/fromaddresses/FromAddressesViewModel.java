package org.mailroom.ui.fromaddresses;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailroom.domain.AttributeFolder;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.Violation;
import org.mailroom.service.FromAddresses;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.DialogService;
import org.mailroom.ui.common.Failures;

/**
 * The Manage Email Addresses window: first the Business Attribute folder, then the attribute, then
 * its values (Name = address, Display name). The chosen attribute is the one agents' From addresses
 * come from; {@link #fromAddresses()} always holds its values, so a drop-down bound to it follows. While open it
 * follows others' changes (a team workspace), but not under a Display name being typed.
 */
public final class FromAddressesViewModel {

    private final FromAddresses store;
    private final Background background;
    private final DialogService dialogs;
    private final AgentPreview agentPreview;

    private final ObservableList<AttributeFolder> folders = FXCollections.observableArrayList();
    private final ObservableList<BusinessAttribute> attributes = FXCollections.observableArrayList();
    private final ObservableList<FromAddress> fromAddresses = FXCollections.observableArrayList();
    private final ObjectProperty<AttributeFolder> folder = new SimpleObjectProperty<>();
    private final ObjectProperty<BusinessAttribute> attribute = new SimpleObjectProperty<>();
    private final ObjectProperty<FromAddress> selectedValue = new SimpleObjectProperty<>();
    private final NewValue newValue = new NewValue(attribute);
    private final DisplayNameEdits edits = new DisplayNameEdits(newValue, this::readAgain);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private boolean showing;
    /** How many reads were shown: a read of others' change started before the latest is read again. */
    private long shows;

    /** {@code outboundAddress}: the outbound mailbox's From Address, to warn about other domains (may be blank). */
    public FromAddressesViewModel(FromAddresses store, Background background, DialogService dialogs,
                                  String outboundAddress) {
        this.store = store;
        this.background = background;
        this.dialogs = dialogs;
        this.agentPreview = new AgentPreview(outboundAddress, attribute);
        folder.addListener((o, before, now) -> {
            if (!showing) {
                run(() -> read(now, null));
            }
        });
        attribute.addListener((o, before, now) -> {
            if (!showing) {
                run(() -> {
                    store.chooseFromAttribute(now);
                    return read(folder.get(), now);
                });
            }
        });
    }

    /**
     * Shows this manager with {@code show} until it is closed; meanwhile {@code follower} (may be null, e.g. a
     * form's drop-down) lists the same values. Returns the values as the window left them.
     */
    public List<FromAddress> showFollowedBy(Consumer<FromAddressesViewModel> show, ObservableList<FromAddress> follower) {
        if (follower != null) {
            Bindings.bindContent(follower, fromAddresses);
        }
        try {
            show.accept(this);
        } finally {
            if (follower != null) {
                Bindings.unbindContent(follower, fromAddresses);
            }
        }
        return List.copyOf(fromAddresses);
    }

    /** A change committed meanwhile (another admin's, on a team workspace), on the FX thread: read again. */
    public void follow(WorkspaceEvents.Change change) {
        boolean items = change instanceof WorkspaceEvents.WorkspaceChanged || change instanceof WorkspaceEvents.TeamServerBack;
        if (items && !edits.holdBack()) {
            readAgain();
        }
    }

    /**
     * Reads the values again, and says so when the one selected is gone (another admin deleted it). Whatever the window
     * shows meanwhile (its own save, say) may have read before that change: then it is read again from there.
     */
    private void readAgain() {
        FromAddress shown = selectedValue.get();
        String said = message.get(); // a refusal's words stay while its Reload and Compare are offered
        long showsBefore = shows;
        background.run(selected(), state -> {
            if (shows != showsBefore) {
                readAgain();
                return;
            }
            show(state);
            message.set(edits.conflict().openProperty().get() ? said : DisplayNameEdits.goneText(shown, fromAddresses));
        }, failure -> message.set(Failures.describe(failure)));
    }

    /** Opens on the attribute agents' From addresses come from, if one is chosen. */
    public void load() {
        run(() -> {
            Optional<BusinessAttribute> chosen = store.fromAttribute();
            AttributeFolder home = chosen.flatMap(a -> store.folders().stream().filter(f -> f.id() == a.folderId()).findFirst())
                    .orElse(store.folders().stream().findFirst().orElse(null));
            return read(home, chosen.orElse(null));
        });
    }

    public void addFolder() {
        dialogs.askText(Text.get("from.folder.new"), Text.get("field.folderName"))
                .ifPresent(name -> run(() -> read(store.addFolder(AttributeFolder.draft(name)), null)));
    }

    public void deleteFolder() {
        AttributeFolder current = folder.get();
        if (current != null && dialogs.confirm(Text.get("from.folder.delete"), Text.get("from.folder.delete.question", current.name()),
                Text.get("from.delete"))) {
            run(() -> {
                store.deleteFolder(current);
                return read(null, null);
            });
        }
    }

    public void addAttribute() {
        AttributeFolder current = folder.get();
        if (current == null) {
            message.set(Text.get("from.folder.first"));
            return;
        }
        dialogs.askText(Text.get("from.attribute.new"), Text.get("field.attributeName")).ifPresent(name -> run(() -> {
            BusinessAttribute added = store.addAttributeAndChoose(BusinessAttribute.draft(current.id(), name));
            return read(current, added);
        }));
    }

    public void deleteAttribute() {
        BusinessAttribute current = attribute.get();
        if (current != null && dialogs.confirm(Text.get("from.attribute.delete"),
                Text.get("from.attribute.delete.question", current.name(), fromAddresses.size()), Text.get("from.delete"))) {
            AttributeFolder home = folder.get();
            run(() -> {
                store.deleteAttribute(current);
                return read(home, null);
            });
        }
    }

    /**
     * Adds the typed Name and Display name as a value of the chosen attribute. The fields are cleared once
     * it is saved; a refused value (a duplicate, say) keeps them, with the reason.
     */
    public void addValue() {
        BusinessAttribute current = attribute.get();
        List<Violation> problems = newValue.violations();
        if (current == null || !problems.isEmpty()) {
            message.set(current == null ? Text.get("from.attribute.first") : problems.get(0).message());
            return;
        }
        FromAddress draft = FromAddress.draft(current.id(), newValue.address().get(), newValue.displayName().get());
        AttributeFolder home = folder.get();
        run(() -> {
            store.addValue(draft);
            return read(home, current);
        }, newValue::clear);
    }

    /** Saves a value's new Display name, or says why not and keeps the old one. */
    public void changeDisplayName(FromAddress value, String displayName) {
        List<Violation> problems = FromAddress.check(value.address(), displayName);
        if (!problems.isEmpty()) {
            message.set(problems.get(0).message());
            fromAddresses.setAll(List.copyOf(fromAddresses)); // the table shows the saved name again
            return;
        }
        FromAddress yours = value.withDisplayName(displayName);
        var startedFrom = edits.startOf(value);
        Callable<Shown> readSelected = selected();
        background.run(() -> {
            store.updateDisplayName(yours, startedFrom);
            return readSelected.call();
        }, this::show, failure -> message.set(edits.refused(yours, failure, () -> run(selected(),
                () -> message.set(Text.get("from.value.reloaded", value.address()))))));
    }

    /** Deletes the selected value after asking: agents stop being offered it. */
    public void deleteValue() {
        FromAddress value = selectedValue.get();
        if (value != null && dialogs.confirm(Text.get("from.value.delete"), Text.get("from.value.delete.question", value.address()),
                Text.get("from.delete"))) {
            Callable<Shown> readSelected = selected();
            run(() -> {
                store.deleteValue(value);
                return readSelected.call();
            });
        }
    }

    private Shown read(AttributeFolder wantedFolder, BusinessAttribute wantedAttribute) {
        return Shown.read(store, wantedFolder, wantedAttribute);
    }

    /** Reading what is selected now, taken on the FX thread for the background to read. */
    private Callable<Shown> selected() {
        AttributeFolder wantedFolder = folder.get();
        BusinessAttribute wantedAttribute = attribute.get();
        return () -> read(wantedFolder, wantedAttribute);
    }

    private void run(Callable<Shown> work) {
        run(work, () -> { });
    }

    private void run(Callable<Shown> work, Runnable whenDone) {
        background.run(work, state -> {
            show(state);
            whenDone.run();
        }, failure -> message.set(Failures.describe(failure)));
    }

    private void show(Shown state) {
        shows++;
        showing = true;
        try {
            folders.setAll(state.folders());
            folder.set(state.folder());
            attributes.setAll(state.attributes());
            attribute.set(state.attribute());
            edits.shown(store, state.values());
            fromAddresses.setAll(state.values());
            message.set("");
        } finally {
            showing = false;
        }
    }

    /** What agents see of the values, and the Agent Workspace option that shows them. */
    public AgentPreview agentPreview() {
        return agentPreview;
    }

    public ObservableList<AttributeFolder> folders() {
        return folders;
    }

    public ObservableList<BusinessAttribute> attributes() {
        return attributes;
    }

    /** The chosen attribute's values: the From Address drop-down's choices and the agents' preview. */
    public ObservableList<FromAddress> fromAddresses() {
        return fromAddresses;
    }

    public ObjectProperty<AttributeFolder> folderProperty() {
        return folder;
    }

    public ObjectProperty<BusinessAttribute> attributeProperty() {
        return attribute;
    }

    public ObjectProperty<FromAddress> selectedValueProperty() {
        return selectedValue;
    }

    /** The Name and Display name typed for a new value. */
    public NewValue newValue() {
        return newValue;
    }

    /** The Display names typed in the table: which is being typed (the view says), Reload and Compare after a refusal. */
    DisplayNameEdits displayNameEdits() {
        return edits;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
