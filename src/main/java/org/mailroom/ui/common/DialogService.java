package org.mailroom.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.mailroom.detect.Candidate;
import org.mailroom.ui.applications.ApplicationsViewModel;
import org.mailroom.ui.check.CheckViewModel;
import org.mailroom.ui.detect.DetectServersViewModel;
import org.mailroom.ui.fromaddresses.FromAddressesViewModel;
import org.mailroom.ui.oauth.OAuthWizard;
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

    void showInfo(String title, String message);

    /** About Mailroom: version and folders, with a button that opens the log folder. */
    void showAbout(String text, Path logFolder);

    /** A row of {@link #chooseEach}: what is decided, the answers it allows, and the one it starts with. */
    record Choice<T>(String label, List<T> options, T preselected) {
        public Choice {
            options = List.copyOf(options);
        }
    }

    /**
     * One answer per row, each from the row's own options (named by {@code describe}), with a control
     * that answers every row at once; the answers in row order, or empty when cancelled.
     */
    <T> Optional<List<T>> chooseEach(String title, String question, List<Choice<T>> rows, Function<T, String> describe);

    /** Where to save a file; empty when cancelled. */
    Optional<Path> chooseSaveFile(String title, String suggestedName);

    /** Which file to open; empty when cancelled. */
    Optional<Path> chooseOpenFile(String title);

    /** Asks for a password, typed in a masked field; empty when cancelled. */
    Optional<char[]> askPassword(String title, String prompt);

    /** Asks for one line of text, e.g. a new folder's name; empty when cancelled. */
    Optional<String> askText(String title, String label);

    /** Shows the mailbox form; true when the admin pressed OK (the form was valid then). */
    boolean editMailbox(MailboxEditorViewModel editor);

    void manageMailServers(MailServersViewModel servers);

    void manageApplications(ApplicationsViewModel applications);

    /** The Check configuration window. */
    void showCheck(CheckViewModel check);

    /** The OAuth 2.0 wizard; true when the admin pressed Finish. */
    boolean runOAuthWizard(OAuthWizard wizard);

    /** The Manage Email Addresses window, over whatever window is in front. */
    void manageFromAddresses(FromAddressesViewModel fromAddresses);

    /** The Detect servers window; the candidate the admin chose with "Use this server", empty when cancelled. */
    Optional<Candidate> detectServers(DetectServersViewModel detection);
}
