package org.mailroom.service;

import java.util.List;
import java.util.Optional;
import org.mailroom.domain.AttributeFolder;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.domain.FromAddress;
import org.mailroom.store.BusinessAttributeStore;
import org.mailroom.store.WorkspaceDatabase;

/** The Business Attribute folders, attributes and values that list the extra From addresses agents may pick. */
public final class FromAddresses {

    private final WorkspaceDatabase database;
    private final BusinessAttributeStore store;
    private final WorkspaceEvents events;

    public FromAddresses(WorkspaceDatabase database, BusinessAttributeStore store, WorkspaceEvents events) {
        this.database = database;
        this.store = store;
        this.events = events;
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
        return changed(store.addFolder(draft));
    }

    /** Deletes an empty folder; one holding attributes is refused. */
    public void deleteFolder(AttributeFolder folder) {
        store.deleteFolder(folder);
        events.changed();
    }

    /** Adds an attribute and makes it the one agents pick From addresses from, together. */
    public BusinessAttribute addAttributeAndChoose(BusinessAttribute draft) {
        return changed(database.inTransaction(() -> {
            BusinessAttribute added = store.addAttribute(draft);
            store.chooseFromAttribute(added);
            return added;
        }));
    }

    public void chooseFromAttribute(BusinessAttribute attribute) {
        store.chooseFromAttribute(attribute);
        events.changed();
    }

    /** Deletes the attribute with its values. */
    public void deleteAttribute(BusinessAttribute attribute) {
        store.deleteAttribute(attribute);
        events.changed();
    }

    public FromAddress addValue(FromAddress draft) {
        return changed(store.addValue(draft));
    }

    /** A new Display name for a saved value; its Name (the address) stays. */
    public FromAddress updateDisplayName(FromAddress value) {
        return changed(store.updateDisplayName(value));
    }

    public void deleteValue(FromAddress value) {
        store.deleteValue(value);
        events.changed();
    }

    private <T> T changed(T result) {
        events.changed();
        return result;
    }
}
