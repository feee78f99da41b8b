package org.mailroom.check;

import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.text.Text;

/**
 * The item a finding concerns: its kind and id, so the UI can select it, and its name as it was then, so a
 * finding reads well without looking the item up. The label is put in words only when shown.
 *
 * @param id   the stored id of the item; 0 for the workspace (and for items of a file that carries no ids)
 * @param name the mailbox's or application's name, the server's label, the From address; null for the
 *             workspace and for an app registration without a name
 */
public record ItemRef(ItemKind kind, long id, String name) {

    /** The one reference to the workspace as a whole. */
    public static final ItemRef WORKSPACE = new ItemRef(ItemKind.WORKSPACE, 0, null);

    public static ItemRef of(Mailbox mailbox) {
        return new ItemRef(ItemKind.MAILBOX, mailbox.id(), mailbox.name());
    }

    public static ItemRef of(MailServer server) {
        return new ItemRef(ItemKind.MAIL_SERVER, server.id(), server.label());
    }

    public static ItemRef of(DigitalApplication application) {
        return new ItemRef(ItemKind.APPLICATION, application.id(), application.name());
    }

    public static ItemRef of(StoredRegistration registration) {
        String name = registration.name();
        boolean named = name != null && !name.isBlank();
        return new ItemRef(ItemKind.REGISTRATION, registration.id(), named ? name.strip() : null);
    }

    /** An Attribute Value offered as a From address; the id is the value's. */
    public static ItemRef of(FromAddress value) {
        return new ItemRef(ItemKind.FROM_ADDRESS, value.id(), value.address());
    }

    /** The name alone, for a message that says what the item is itself ("the app registration {0}"). */
    public String displayName() {
        return name == null ? Text.get("check.item.unnamed") : name;
    }

    /** e.g. "Mailbox sales@contoso.com", for the item column. */
    public String label() {
        if (kind == ItemKind.WORKSPACE) {
            return Text.get(kind.labelKey());
        }
        return Text.get(kind.labelKey(), name == null ? Text.get("check.item.unnamed") : name);
    }
}
