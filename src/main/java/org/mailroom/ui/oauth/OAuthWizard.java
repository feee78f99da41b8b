package org.mailroom.ui.oauth;

/** The wizard's two view models: its pages, and the token check of its Verify page. */
public record OAuthWizard(OAuthWizardViewModel pages, TokenVerificationViewModel verification) {
}
