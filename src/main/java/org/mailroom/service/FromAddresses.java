package org.mailroom.service;

import java.util.List;
import java.util.Optional;
import org.mailroom.domain.AttributeFolder;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.ItemVersion;
import org.mailroom.store.BusinessAttributeStore;
import org.mailroom.store.WorkspaceDatabase;

/** The Business Attribute folders, attributes and values that list the extra From addresses agents may pick. */
public final class FromAddresses {

    private final BusinessAttributeStore store;
    private final WorkspaceEvents events;
    private final ChangeHistory history;

    public FromAddresses(WorkspaceDatabase database, BusinessAttributeStore store, WorkspaceEvents events) {
        this(database, store, events, ChangeHistory.ofThisUser(database, java.time.Clock.systemUTC()));
    }

    public FromAddresses(WorkspaceDatabase database, BusinessAttributeStore store, WorkspaceEvents events, ChangeHistory history) {
        this.store = store;
        this.events = events;
        this.history = history;
    }

    public List<AttributeFolder> folders() {
        return store.folders();
    }

    public List<BusinessAttribute> attributes(AttributeFolder folder) {
        return store.attributes(folder);
    }

    public List<FromAddress> values(BusinessAttribute attribute) {
        return store.values(attribute);
    }

    /** The attribute whose values agents may pick, if one is chosen. */
    public Optional<BusinessAttribute> fromAttribute() {
        return store.fromAttribute();
    }

    /** The chosen attribute's values. */
    public List<FromAddress> fromAddresses() {
        return store.fromAddresses();
    }

    public AttributeFolder addFolder(AttributeFolder draft) {
        return changed(recorded(() -> store.addFolder(draft)));
    }

    /** Deletes an empty folder; one holding attributes is refused. */
    public void deleteFolder(AttributeFolder folder) {
        changed(recorded(() -> {
            store.deleteFolder(folder);
            return folder;
        }));
    }

    /** Adds an attribute and makes it the one agents pick From addresses from, together. */
    public BusinessAttribute addAttributeAndChoose(BusinessAttribute draft) {
        return changed(recorded(() -> {
            BusinessAttribute added = store.addAttribute(draft);
            store.chooseFromAttribute(added);
            return added;
        }));
    }

    public void chooseFromAttribute(BusinessAttribute attribute) {
        changed(recorded(() -> {
            store.chooseFromAttribute(attribute);
            return attribute;
        }));
    }

    /** Deletes the attribute with its values. */
    public void deleteAttribute(BusinessAttribute attribute) {
        changed(recorded(() -> {
            store.deleteAttribute(attribute);
            return attribute;
        }));
    }

    public FromAddress addValue(FromAddress draft) {
        return changed(recorded(() -> store.addValue(draft)));
    }

    /** A new Display name for a saved value; its Name (the address) stays. */
    public FromAddress updateDisplayName(FromAddress value) {
        return updateDisplayName(value, store.versionSeen(value));
    }

    /** The version of the value as last read (memory only): what an edit of its Display name starts from. */
    public ItemVersion editStartsFrom(FromAddress value) {
        return store.versionSeen(value);
    }

    /** A new Display name, refused when another admin changed the value since {@code startedFrom}. */
    public FromAddress updateDisplayName(FromAddress value, ItemVersion startedFrom) {
        return changed(recorded(() -> store.updateDisplayName(value, startedFrom)));
    }

    public void deleteValue(FromAddress value) {
        changed(recorded(() -> {
            store.deleteValue(value);
            return value;
        }));
    }

    /** One transaction, with the history of what it did to the folders, attributes, values and the chosen attribute. */
    private <T> T recorded(java.util.function.Supplier<T> work) {
        return history.change(history.scopes().fromAddresses(), work);
    }

    private <T> T changed(T result) {
        events.changed();
        return result;
    }
}
