package org.mailroom.ui.oauth;

import java.util.function.Predicate;
import org.mailroom.domain.Mailbox;

/** The wizard's two view models: its pages, and the token check of its Verify page. */
public record OAuthWizard(OAuthWizardViewModel pages, TokenVerificationViewModel verification) {

    /**
     * Resumes the wizard where it was left, with {@code chosen} (may be null) among its mailboxes, and shows
     * it with {@code show}, which is true when Finish registered the app with its links; closing it any
     * other way keeps the draft.
     */
    public void open(Mailbox chosen, Predicate<OAuthWizard> show) {
        pages.load(() -> {
            if (chosen != null) {
                pages.choose(chosen);
            }
            if (!show.test(this)) {
                pages.saveDraft();
            }
        });
    }
}
