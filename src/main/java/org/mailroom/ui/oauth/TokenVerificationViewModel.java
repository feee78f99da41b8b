package org.mailroom.ui.oauth;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.Violation;
import org.mailroom.mail.Credentials;
import org.mailroom.mail.MailProbe;
import org.mailroom.mail.ProbeRequest;
import org.mailroom.mail.ProbeResult;
import org.mailroom.oauth.AccessToken;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.TokenChecker;
import org.mailroom.oauth.TokenClaims;
import org.mailroom.oauth.TokenRequest;
import org.mailroom.oauth.TokenResult;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.Failures;

/**
 * The wizard's Verify page: get a token the way E-mail Server will (the test mailbox's password, or
 * the client secret), show its claims (never the token), check they fit the protocol, then log in to
 * the test mailbox with XOAUTH2 and that token. Off the FX thread and cancellable.
 */
public final class TokenVerificationViewModel {

    private final OAuthWizardViewModel wizard;
    private final TokenChecker checker;
    private final Background mail;

    private final StringProperty secret = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty result = new SimpleStringProperty("");
    private volatile CompletableFuture<TokenResult> pending;
    private volatile MailProbe probe;

    public TokenVerificationViewModel(OAuthWizardViewModel wizard, TokenChecker checker, Background mail) {
        this.wizard = wizard;
        this.checker = checker;
        this.mail = mail;
    }

    /** What the secret field asks for: the test mailbox's password, or the app's client secret. */
    public String secretPrompt() {
        return Text.get(wizard.grantProperty().get() == GrantType.PASSWORD ? "wizard.verify.password" : "wizard.verify.clientSecret");
    }

    public void verify() {
        Mailbox test = wizard.testMailboxProperty().get();
        Optional<OAuthProtocol> protocol = wizard.chosenProtocols().stream().findFirst();
        if (test == null || protocol.isEmpty() || secret.get().isEmpty()) {
            result.set(Text.get("wizard.verify.needs"));
            return;
        }
        char[] typed = secret.get().toCharArray();
        secret.set("");
        running.set(true);
        result.set(Text.get("wizard.verify.running"));
        TokenRequest request = new TokenRequest(wizard.registration().normalized(), protocol.get(), test.login(), typed);
        mail.run(() -> {
            pending = checker.check(request);
            TokenResult answer = pending.get();
            return new Outcome(answer, answer instanceof TokenResult.Success success && protocol.get() != OAuthProtocol.GRAPH
                    && protocol.get() != OAuthProtocol.EWS ? login(test, success.token()) : null);
        }, outcome -> {
            running.set(false);
            result.set(describe(outcome));
        }, failure -> {
            running.set(false);
            result.set(Failures.describe(failure));
        });
    }

    public void cancel() {
        CompletableFuture<TokenResult> waiting = pending;
        if (waiting != null) {
            waiting.cancel(true);
        }
        MailProbe login = probe;
        if (login != null) {
            login.cancel();
        }
    }

    private ProbeResult login(Mailbox test, AccessToken token) {
        probe = new MailProbe(ProbeRequest.forMailbox(test, Credentials.oauthToken(token.forXoauth2().toCharArray())));
        return probe.run();
    }

    private static String describe(Outcome outcome) {
        if (outcome.token() instanceof TokenResult.Failure failure) {
            return Text.get("wizard.verify.tokenFailed", failure.failure().code(), failure.failure().action(), failure.failure().detail());
        }
        TokenResult.Success success = (TokenResult.Success) outcome.token();
        TokenClaims claims = success.claims();
        String misfits = success.misfits().isEmpty() ? Text.get("wizard.verify.fits")
                : success.misfits().stream().map(Violation::message).map(m -> "\u2022 " + m).collect(Collectors.joining("\n"));
        String text = Text.get("wizard.verify.claims", claims.audience(), String.join(" ", claims.scopes()),
                String.join(" ", claims.roles()), claims.tenantId(), claims.appId(), String.valueOf(claims.expiresAt())) + "\n" + misfits;
        if (outcome.login() != null) {
            text += "\n\n" + Text.get("wizard.verify.login", outcome.login().overall().label()) + "\n" + outcome.login().toPlainText();
        }
        return text;
    }

    private record Outcome(TokenResult token, ProbeResult login) {
    }

    public StringProperty secretProperty() {
        return secret;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty resultProperty() {
        return result;
    }
}
