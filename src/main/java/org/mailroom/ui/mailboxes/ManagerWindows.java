package org.mailroom.ui.mailboxes;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.Mailbox;
import org.mailroom.ui.common.DetectFromAddress;

/**
 * The windows the mailbox screen opens over itself, as the wiring hands them over: plain functions, so this
 * screen knows none of the screens it opens.
 *
 * @param mailboxForm     shows a mailbox form until it is closed
 * @param mailServers     the Mail servers manager
 * @param applications    the Digital applications manager
 * @param fromAddresses   Manage Email Addresses for the outbound mailbox's address; while it is open the given
 *                        list (may be null) follows its values; returns the values as the window left them
 * @param oauthWizard     the OAuth 2.0 wizard over the workspace's mailboxes, with one chosen (may be null)
 * @param serverDetection "Detect from address" for the forms
 * @param migrationAssistant the migration assistant (EWS, IMAP and basic SMTP on Exchange Online to Graph)
 */
public record ManagerWindows(Consumer<MailboxEditorViewModel> mailboxForm, Runnable mailServers, Runnable applications,
                             BiFunction<String, ObservableList<FromAddress>, List<FromAddress>> fromAddresses,
                             BiConsumer<List<Mailbox>, Mailbox> oauthWizard, DetectFromAddress serverDetection,
                             Runnable migrationAssistant) {

    /** Manage Email Addresses; returns the From attribute's values as the window left them. */
    List<FromAddress> manageFromAddresses(String outboundAddress) {
        return fromAddresses.apply(outboundAddress, null);
    }

    /** "Add..." in the outbound form: the same window, with the form's drop-down following it while open. */
    List<FromAddress> manageFromAddressesFollowedBy(ObservableList<FromAddress> choices, String outboundAddress) {
        return fromAddresses.apply(outboundAddress, choices);
    }

    void openOAuthWizard(List<Mailbox> all, Mailbox chosen) {
        oauthWizard.accept(all, chosen);
    }
}
