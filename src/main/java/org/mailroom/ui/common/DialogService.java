package org.mailroom.ui.common;

import org.mailroom.ui.applications.ApplicationsViewModel;
import org.mailroom.ui.mailboxes.MailboxEditorViewModel;
import org.mailroom.ui.servers.MailServersViewModel;

/**
 * Every modal window a view model may open goes through here, so view models can be tested with a
 * scripted implementation and no windows.
 */
public interface DialogService {

    /** Asks a yes/no question; {@code confirmLabel} names the action ("Delete"). */
    boolean confirm(String title, String question, String confirmLabel);

    void showError(String title, String message);

    /** Shows the mailbox form; true when the admin pressed OK (the form was valid then). */
    boolean editMailbox(MailboxEditorViewModel editor);

    void manageMailServers(MailServersViewModel servers);

    void manageApplications(ApplicationsViewModel applications);
}
