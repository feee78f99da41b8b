package org.mailroom.ui.mailboxes;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.Mailbox;
import org.mailroom.ui.common.DialogService;
import org.mailroom.ui.detect.DetectFromAddress;
import org.mailroom.ui.fromaddresses.FromAddressesViewModel;
import org.mailroom.ui.oauth.OAuthWizard;

/** The windows the mailbox screen opens over itself: its managers and the OAuth 2.0 wizard. */
final class ManagerWindows {

    private final MailboxesViewModel.Managers managers;
    private final DialogService dialogs;

    ManagerWindows(MailboxesViewModel.Managers managers, DialogService dialogs) {
        this.managers = managers;
        this.dialogs = dialogs;
    }

    void applications() {
        dialogs.manageApplications(managers.applications().get());
    }

    void mailServers() {
        dialogs.manageMailServers(managers.servers().get());
    }

    /** Manage Email Addresses; returns the From attribute's values as the window left them. */
    List<FromAddress> fromAddresses(String outboundAddress) {
        FromAddressesViewModel manager = managers.fromAddresses().apply(outboundAddress);
        dialogs.manageFromAddresses(manager);
        return List.copyOf(manager.fromAddresses());
    }

    /** "Add..." in the outbound form: the same window, with the form's drop-down following it while open. */
    List<FromAddress> fromAddressesFollowedBy(ObservableList<FromAddress> choices, String outboundAddress) {
        FromAddressesViewModel manager = managers.fromAddresses().apply(outboundAddress);
        Bindings.bindContent(choices, manager.fromAddresses());
        dialogs.manageFromAddresses(manager);
        Bindings.unbindContent(choices, manager.fromAddresses());
        return List.copyOf(choices);
    }

    /** The wizard, resumed where it was left and with {@code chosen} (may be null) among its mailboxes. */
    void oauthWizard(List<Mailbox> all, Mailbox chosen, Runnable afterFinish) {
        OAuthWizard wizard = managers.oauthWizard().apply(all);
        wizard.pages().load(() -> {
            if (chosen != null) {
                wizard.pages().choose(chosen);
            }
            if (dialogs.runOAuthWizard(wizard)) {
                wizard.pages().finish(afterFinish);
            } else {
                wizard.pages().saveDraft();
            }
        });
    }

    DetectFromAddress serverDetection() {
        return managers.serverDetection();
    }
}
