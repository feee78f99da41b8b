package org.mailroom.ui.mailboxes;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.Mailbox;
import org.mailroom.ui.detect.DetectFromAddress;
import org.mailroom.ui.fromaddresses.FromAddressesViewModel;
import org.mailroom.ui.oauth.OAuthWizard;

/**
 * The windows the mailbox screen opens over itself, as the wiring hands them over: each makes its view
 * model and opens its own window.
 *
 * @param mailboxForm     shows a mailbox form until it is closed
 * @param mailServers     the Mail servers manager
 * @param applications    the Digital applications manager
 * @param fromAddresses   makes Manage Email Addresses for the outbound mailbox's address
 * @param showFromAddress shows it until it is closed
 * @param oauthWizard     makes the OAuth 2.0 wizard over the workspace's mailboxes
 * @param showWizard      shows it; true when the admin pressed Finish
 * @param serverDetection "Detect from address" for the forms
 */
public record ManagerWindows(Consumer<MailboxEditorViewModel> mailboxForm, Runnable mailServers, Runnable applications,
                             Function<String, FromAddressesViewModel> fromAddresses, Consumer<FromAddressesViewModel> showFromAddress,
                             Function<List<Mailbox>, OAuthWizard> oauthWizard, Predicate<OAuthWizard> showWizard,
                             DetectFromAddress serverDetection) {

    /** Manage Email Addresses; returns the From attribute's values as the window left them. */
    List<FromAddress> manageFromAddresses(String outboundAddress) {
        FromAddressesViewModel manager = fromAddresses.apply(outboundAddress);
        showFromAddress.accept(manager);
        return List.copyOf(manager.fromAddresses());
    }

    /** "Add..." in the outbound form: the same window, with the form's drop-down following it while open. */
    List<FromAddress> manageFromAddressesFollowedBy(ObservableList<FromAddress> choices, String outboundAddress) {
        FromAddressesViewModel manager = fromAddresses.apply(outboundAddress);
        Bindings.bindContent(choices, manager.fromAddresses());
        showFromAddress.accept(manager);
        Bindings.unbindContent(choices, manager.fromAddresses());
        return List.copyOf(choices);
    }

    /** The wizard, resumed where it was left and with {@code chosen} (may be null) among its mailboxes. */
    void openOAuthWizard(List<Mailbox> all, Mailbox chosen) {
        OAuthWizard wizard = oauthWizard.apply(all);
        wizard.pages().load(() -> {
            if (chosen != null) {
                wizard.pages().choose(chosen);
            }
            if (showWizard.test(wizard)) {
                wizard.pages().finish(() -> { });
            } else {
                wizard.pages().saveDraft();
            }
        });
    }
}
