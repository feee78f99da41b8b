package org.mailroom.check;

import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.text.Text;

/**
 * The item a finding concerns: its kind and id, so the UI can select it, and its name as shown then,
 * so a finding reads well without looking the item up.
 */
public sealed interface ItemRef {

    /** The one reference to the workspace as a whole. */
    ItemRef WORKSPACE = new WorkspaceRef();

    ItemKind kind();

    /** The stored id of the item; 0 for the workspace (and for items of a file that carries no ids). */
    long id();

    /** e.g. "Mailbox sales@contoso.com", for the item column. */
    String label();

    static ItemRef of(Mailbox mailbox) {
        return new MailboxRef(mailbox.id(), mailbox.name());
    }

    static ItemRef of(MailServer server) {
        return new ServerRef(server.id(), server.label());
    }

    static ItemRef of(DigitalApplication application) {
        return new ApplicationRef(application.id(), application.name());
    }

    static ItemRef of(StoredRegistration registration) {
        String name = registration.name();
        boolean named = name != null && !name.isBlank();
        return new RegistrationRef(registration.id(), named ? name.strip() : Text.get("check.item.unnamed"));
    }

    static ItemRef of(FromAddress value) {
        return new FromAddressRef(value.id(), value.address());
    }

    record MailboxRef(long id, String name) implements ItemRef {
        public ItemKind kind() {
            return ItemKind.MAILBOX;
        }

        public String label() {
            return Text.get("check.item.mailbox", name);
        }
    }

    record ServerRef(long id, String address) implements ItemRef {
        public ItemKind kind() {
            return ItemKind.MAIL_SERVER;
        }

        public String label() {
            return Text.get("check.item.server", address);
        }
    }

    record ApplicationRef(long id, String name) implements ItemRef {
        public ItemKind kind() {
            return ItemKind.APPLICATION;
        }

        public String label() {
            return Text.get("check.item.application", name);
        }
    }

    record RegistrationRef(long id, String name) implements ItemRef {
        public ItemKind kind() {
            return ItemKind.REGISTRATION;
        }

        public String label() {
            return Text.get("check.item.registration", name);
        }
    }

    /** An Attribute Value offered as a From address; {@code id} is the value's id. */
    record FromAddressRef(long id, String address) implements ItemRef {
        public ItemKind kind() {
            return ItemKind.FROM_ADDRESS;
        }

        public String label() {
            return Text.get("check.item.fromAddress", address);
        }
    }

    record WorkspaceRef() implements ItemRef {
        public ItemKind kind() {
            return ItemKind.WORKSPACE;
        }

        public long id() {
            return 0;
        }

        public String label() {
            return Text.get("check.item.workspace");
        }
    }
}
