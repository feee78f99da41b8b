package org.mailroom.ui.main;

import java.util.Optional;
import org.mailroom.detect.Candidate;
import org.mailroom.ui.applications.ApplicationsViewModel;
import org.mailroom.ui.applications.ApplicationsWindow;
import org.mailroom.ui.check.CheckViewModel;
import org.mailroom.ui.check.CheckWindow;
import org.mailroom.ui.history.HandoverReviewViewModel;
import org.mailroom.ui.history.HandoverReviewWindow;
import org.mailroom.ui.history.HistoryViewModel;
import org.mailroom.ui.history.HistoryWindow;
import org.mailroom.ui.detect.DetectServersViewModel;
import org.mailroom.ui.detect.DetectServersWindow;
import org.mailroom.ui.fromaddresses.FromAddressesViewModel;
import org.mailroom.ui.fromaddresses.FromAddressesWindow;
import org.mailroom.ui.mailboxes.MailboxEditorViewModel;
import org.mailroom.ui.mailboxes.MailboxEditorWindow;
import org.mailroom.ui.migration.MigrationAssistantViewModel;
import org.mailroom.ui.migration.MigrationAssistantWindow;
import org.mailroom.ui.oauth.OAuthWizard;
import org.mailroom.ui.oauth.OAuthWizardWindow;
import org.mailroom.ui.servers.MailServersViewModel;
import org.mailroom.ui.servers.MailServersWindow;

/** Each screen opened as a modal window over the window in front. */
final class WindowScreens implements Screens {

    @Override
    public void mailboxForm(MailboxEditorViewModel form) {
        MailboxEditorWindow.open(form);
    }

    @Override
    public void mailServers(MailServersViewModel servers) {
        MailServersWindow.open(servers);
    }

    @Override
    public void applications(ApplicationsViewModel applications) {
        ApplicationsWindow.open(applications);
    }

    @Override
    public void fromAddresses(FromAddressesViewModel fromAddresses) {
        FromAddressesWindow.open(fromAddresses);
    }

    @Override
    public Optional<Candidate> detectServers(DetectServersViewModel detection) {
        return DetectServersWindow.open(detection);
    }

    @Override
    public boolean oauthWizard(OAuthWizard wizard) {
        return OAuthWizardWindow.open(wizard);
    }

    @Override
    public void check(CheckViewModel check) {
        CheckWindow.open(check);
    }

    @Override
    public void history(HistoryViewModel history) {
        HistoryWindow.open(history);
    }

    @Override
    public void handoverReview(HandoverReviewViewModel review) {
        HandoverReviewWindow.open(review);
    }

    @Override
    public void migrationAssistant(MigrationAssistantViewModel assistant) {
        MigrationAssistantWindow.open(assistant);
    }
}
