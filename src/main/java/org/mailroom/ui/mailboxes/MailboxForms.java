package org.mailroom.ui.mailboxes;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import org.mailroom.domain.Direction;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.MailboxKind;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.secrets.Secrets;
import org.mailroom.service.MailboxService;
import org.mailroom.domain.EditConflictException;
import org.mailroom.domain.ItemVersion;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.DialogService;

/**
 * The mailbox form as the main window opens it: new inbound or outbound, or edit; the outbound form's
 * From addresses; detection of the server. OK saves through {@link MailboxService}, which keeps the typed
 * password too; the table hears of it from the service.
 */
final class MailboxForms {

    private final ObservableList<MailboxItem> items;
    private final ObservableList<MailServer> servers;
    private final ObservableBooleanValue hasOutbound;
    private final MailboxService service;
    private final Background background;
    private final DialogService dialogs;
    private final ManagerWindows windows;
    private List<FromAddress> fromAddresses = List.of();

    /** The workspace parts the forms read (and {@code servers}, which detection adds to). */
    record Workspace(ObservableList<MailboxItem> items, ObservableList<MailServer> servers, ObservableBooleanValue hasOutbound) {
    }

    MailboxForms(Workspace workspace, MailboxService service, Background background, DialogService dialogs,
                 ManagerWindows windows) {
        this.items = workspace.items();
        this.servers = workspace.servers();
        this.hasOutbound = workspace.hasOutbound();
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        this.windows = windows;
    }

    /** The From attribute's values, as last read or managed. */
    void useFromAddresses(List<FromAddress> values) {
        fromAddresses = values;
    }

    /**
     * Opens the form for a new mailbox of {@code kind} (null: on a mail server entry); for an outbound one, says why
     * not when the one permitted outbound mailbox exists.
     */
    void add(Direction direction, MailboxKind kind) {
        if (direction == Direction.INBOUND) {
            WorkspaceRules rules = WorkspaceRules.of(items.stream().map(MailboxItem::mailbox).toList());
            open(MailboxEditorViewModel.forNew(Direction.INBOUND, kind, servers, rules::isNameTaken), ItemVersion.UNKNOWN);
            return;
        }
        if (hasOutbound.get()) {
            dialogs.showError(Text.get("mailboxes.add.outbound"), WorkspaceRules.secondOutbound().message());
            return;
        }
        open(withFromAddresses(MailboxEditorViewModel.forNew(Direction.OUTBOUND, kind, servers, name -> false)), ItemVersion.UNKNOWN);
    }

    void edit(MailboxItem item) {
        MailboxEditorViewModel editor = MailboxEditorViewModel.forEdit(item.mailbox(), servers,
                service.passwordState(item.id()) != Secrets.State.NONE);
        open(item.direction() == Direction.OUTBOUND ? withFromAddresses(editor) : editor, service.editStartsFrom(item.id()));
    }

    /** Manage Email Addresses from the toolbar; the outbound mailbox's address can't be deleted there. */
    void manageFromAddresses() {
        String outboundAddress = items.stream().map(MailboxItem::mailbox).filter(OutboundMailbox.class::isInstance)
                .map(m -> ((OutboundMailbox) m).fromAddress()).findFirst().orElse("");
        fromAddresses = windows.manageFromAddresses(outboundAddress);
    }

    /** The outbound form lists the From attribute's values, and "Add..." opens their manager. */
    private MailboxEditorViewModel withFromAddresses(MailboxEditorViewModel editor) {
        return editor.withFromAddresses(fromAddresses,
                choices -> fromAddresses = windows.manageFromAddressesFollowedBy(choices, sendingAddress(editor)));
    }

    /** The address Send As warnings compare with: the form's From Address, or its login while none is chosen. */
    private static String sendingAddress(MailboxEditorViewModel editor) {
        String from = editor.fromAddressProperty().get();
        return from == null || from.isBlank() ? editor.loginProperty().get() : from;
    }

    /** Opens the form; its saves carry the version the edit started from, and a Reload moves it to the one reloaded. */
    private void open(MailboxEditorViewModel editor, ItemVersion startedFrom) {
        ItemVersion[] from = {startedFrom};
        editor.withSaver((mailbox, password, onSaved, onRefused) ->
                background.run(() -> service.save(mailbox, password, from[0]), onSaved, failure -> {
                    if (failure instanceof EditConflictException conflict) {
                        editor.conflicted(conflict, () -> from[0] = conflict.currentVersion());
                    }
                    onRefused.accept(failure);
                }));
        editor.withServerDetection((scope, address, onChosen) -> windows.serverDetection().open(scope, address, detected -> {
            // the next form lists the entry too, even if this one is cancelled
            if (servers.stream().noneMatch(known -> known.id() == detected.entry().id())) {
                servers.add(detected.entry());
            }
            onChosen.accept(detected);
        }));
        windows.mailboxForm().accept(editor);
    }
}
