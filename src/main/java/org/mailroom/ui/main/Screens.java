package org.mailroom.ui.main;

import java.util.Optional;
import org.mailroom.detect.Candidate;
import org.mailroom.ui.applications.ApplicationsViewModel;
import org.mailroom.ui.check.CheckViewModel;
import org.mailroom.ui.history.HandoverReviewViewModel;
import org.mailroom.ui.history.HistoryViewModel;
import org.mailroom.ui.detect.DetectServersViewModel;
import org.mailroom.ui.fromaddresses.FromAddressesViewModel;
import org.mailroom.ui.mailboxes.MailboxEditorViewModel;
import org.mailroom.ui.migration.MigrationAssistantViewModel;
import org.mailroom.ui.oauth.OAuthWizard;
import org.mailroom.ui.servers.MailServersViewModel;

/**
 * How each screen opens: the app opens real windows ({@link #windows()}, each feature's own opener), the
 * tests answer as a script says. The wiring hands these to view models as plain functions.
 */
public interface Screens {

    /** The mailbox form; returns once it is closed. Its OK saves through the form's own saver. */
    void mailboxForm(MailboxEditorViewModel form);

    void mailServers(MailServersViewModel servers);

    void applications(ApplicationsViewModel applications);

    void fromAddresses(FromAddressesViewModel fromAddresses);

    /** The candidate chosen with "Use this server", empty when cancelled. */
    Optional<Candidate> detectServers(DetectServersViewModel detection);

    /** True when Finish registered the app (the wizard's Finish stores it before the wizard closes). */
    boolean oauthWizard(OAuthWizard wizard);

    void check(CheckViewModel check);

    /** The History window; returns once it is closed. */
    void history(HistoryViewModel history);

    /** "Changes since the last handover"; returns once it is closed. */
    void handoverReview(HandoverReviewViewModel review);

    /** The migration assistant (EWS, IMAP and basic SMTP on Exchange Online to Graph); reads its mailboxes as it opens. */
    void migrationAssistant(MigrationAssistantViewModel assistant);

    /** The real windows, each opened by its feature's opener. */
    static Screens windows() {
        return new WindowScreens();
    }
}
