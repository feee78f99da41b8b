package org.mailroom.ui.mailboxes;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import org.mailroom.domain.Direction;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.SecretRef;
import org.mailroom.domain.SessionPasswords;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.secrets.PasswordKeeper;
import org.mailroom.store.MailboxStore;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.DialogService;

/**
 * The mailbox form as the main window opens it: new inbound or outbound, or edit; the outbound form's
 * From addresses; detection of the server; saving, and the typed password kept for the session and in
 * the vault. What was saved goes to {@code onSaved}.
 */
final class MailboxForms {

    private final ObservableList<MailboxItem> items;
    private final ObservableList<MailServer> servers;
    private final ObservableBooleanValue hasOutbound;
    private final MailboxStore mailboxStore;
    private final SessionPasswords passwords;
    private final PasswordKeeper keeper;
    private final Background background;
    private final DialogService dialogs;
    private final ManagerWindows windows;
    private final Consumer<Mailbox> onSaved;
    private final Consumer<Throwable> onFailure;
    private List<FromAddress> fromAddresses = List.of();

    /** The workspace parts the forms read (and {@code servers}, which detection adds to). */
    record Workspace(ObservableList<MailboxItem> items, ObservableList<MailServer> servers, ObservableBooleanValue hasOutbound) {
    }

    MailboxForms(Workspace workspace, MailboxStore mailboxStore, SessionPasswords passwords, PasswordKeeper keeper,
                 Background background, DialogService dialogs, ManagerWindows windows,
                 Consumer<Mailbox> onSaved, Consumer<Throwable> onFailure) {
        this.items = workspace.items();
        this.servers = workspace.servers();
        this.hasOutbound = workspace.hasOutbound();
        this.mailboxStore = mailboxStore;
        this.passwords = passwords;
        this.keeper = keeper;
        this.background = background;
        this.dialogs = dialogs;
        this.windows = windows;
        this.onSaved = onSaved;
        this.onFailure = onFailure;
    }

    /** The From attribute's values, as last read or managed. */
    void useFromAddresses(List<FromAddress> values) {
        fromAddresses = values;
    }

    void addInbound() {
        WorkspaceRules rules = WorkspaceRules.of(items.stream().map(MailboxItem::mailbox).toList());
        open(MailboxEditorViewModel.forNew(Direction.INBOUND, servers, rules::isNameTaken));
    }

    /** Opens the outbound form, or says why not when the one permitted outbound mailbox exists. */
    void addOutbound() {
        if (hasOutbound.get()) {
            dialogs.showError(Text.get("mailboxes.add.outbound"), WorkspaceRules.secondOutbound().message());
            return;
        }
        open(withFromAddresses(MailboxEditorViewModel.forNew(Direction.OUTBOUND, servers, name -> false)));
    }

    void edit(MailboxItem item) {
        MailboxEditorViewModel editor = MailboxEditorViewModel.forEdit(item.mailbox(), servers, passwords.isKnown(item.id()));
        open(item.direction() == Direction.OUTBOUND ? withFromAddresses(editor) : editor);
    }

    /** Manage Email Addresses from the toolbar; the outbound mailbox's address can't be deleted there. */
    void manageFromAddresses() {
        String outboundAddress = items.stream().map(MailboxItem::mailbox).filter(OutboundMailbox.class::isInstance)
                .map(m -> ((OutboundMailbox) m).fromAddress()).findFirst().orElse("");
        fromAddresses = windows.fromAddresses(outboundAddress);
    }

    /** The outbound form lists the From attribute's values, and "Add..." opens their manager. */
    private MailboxEditorViewModel withFromAddresses(MailboxEditorViewModel editor) {
        return editor.withFromAddresses(fromAddresses,
                choices -> fromAddresses = windows.fromAddressesFollowedBy(choices, editor.fromAddressProperty().get()));
    }

    private void open(MailboxEditorViewModel editor) {
        editor.withServerDetection((scope, address, onChosen) -> windows.serverDetection().open(scope, address, entry -> {
            // the next form lists the entry too, even if this one is cancelled
            if (servers.stream().noneMatch(known -> known.id() == entry.id())) {
                servers.add(entry);
            }
            onChosen.accept(entry);
        }));
        if (!dialogs.editMailbox(editor)) {
            return;
        }
        Mailbox edited = editor.result();
        background.run(() -> edited.id() == 0 ? mailboxStore.add(edited) : mailboxStore.update(edited),
                saved -> {
                    editor.typedPassword().ifPresent(typed -> rememberPassword(saved.id(), typed));
                    onSaved.accept(saved);
                },
                onFailure);
    }

    /** Known at once for this session; saved encrypted, off the FX thread, when the vault is open. */
    private void rememberPassword(long mailboxId, char[] typed) {
        passwords.remember(mailboxId, typed);
        background.run(() -> keeper.remember(SecretRef.mailboxPassword(mailboxId), typed), saved -> { }, onFailure);
    }
}
