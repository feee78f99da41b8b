package org.mailroom.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.SecretRef;
import org.mailroom.mail.ConnectionProbe;
import org.mailroom.mail.Credentials;
import org.mailroom.mail.FailureKind;
import org.mailroom.mail.LastTest;
import org.mailroom.mail.ProbeRequest;
import org.mailroom.mail.ProbeResult;
import org.mailroom.mail.ProbeRun;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.oauth.TokenChecker;
import org.mailroom.oauth.TokenRequest;
import org.mailroom.oauth.TokenResult;
import org.mailroom.secrets.Secrets;
import org.mailroom.store.CertificatePinStore;
import org.mailroom.store.TestResultStore;
import org.mailroom.text.Text;

/**
 * What a connection test needs from the workspace: the pinned certificate, how the mailbox signs in
 * (password, or a token from its app registration), the secret, and where the result is kept. The
 * calls block: run them off the FX thread.
 */
public final class ConnectionTester {

    /**
     * Makes the live test of an EWS or Graph mailbox: over HTTPS (token, then the web API), not over a mail protocol.
     * Gets the mailbox's registration and the secret it signs in with (a password for EWS, the app's client secret
     * for Graph); the test runs like a mail test, in Test all beside them, sharing what the run shares.
     */
    @FunctionalInterface
    public interface WebApiTest {
        ConnectionProbe probeFor(Mailbox mailbox, Optional<StoredRegistration> registration, char[] secret, ProbeRun run);
    }

    private final CertificatePinStore pins;
    private final TestResultStore results;
    private final OAuthRegistrations registrations;
    private final TokenChecker tokens;
    private final Secrets secrets;
    /** Null until a Graph/EWS probe is wired in with {@link #withWebApiTest}. */
    private final WebApiTest webApiTest;

    public ConnectionTester(CertificatePinStore pins, TestResultStore results, OAuthRegistrations registrations,
                            TokenChecker tokens, Secrets secrets) {
        this(pins, results, registrations, tokens, secrets, null);
    }

    private ConnectionTester(CertificatePinStore pins, TestResultStore results, OAuthRegistrations registrations,
                             TokenChecker tokens, Secrets secrets, WebApiTest webApiTest) {
        this.pins = pins;
        this.results = results;
        this.registrations = registrations;
        this.tokens = tokens;
        this.secrets = secrets;
        this.webApiTest = webApiTest;
    }

    /** The same tester, testing EWS and Graph mailboxes with {@code test}: where the web API probe is wired in. */
    public ConnectionTester withWebApiTest(WebApiTest test) {
        return new ConnectionTester(pins, results, registrations, tokens, secrets, test);
    }

    /**
     * Whether Test can reach this mailbox: always for POP3, IMAP and SMTP; for EWS and Graph only once a web API
     * test is wired in. Without one, Test and Test all leave those mailboxes untested and say so; nothing is recorded.
     */
    public boolean testsLive(Mailbox mailbox) {
        return mailbox.kind().usesMailServer() || webApiTest != null;
    }

    /** Graph and EWS: the one place their live test is made (see {@link #testsLive}). */
    public ConnectionProbe webApiProbe(Mailbox mailbox, Optional<StoredRegistration> registration, char[] secret) {
        return webApiProbe(mailbox, registration, secret, ProbeRun.single());
    }

    /** The same, as one test of a {@code run} whose tests share what is not per mailbox (Test all). */
    public ConnectionProbe webApiProbe(Mailbox mailbox, Optional<StoredRegistration> registration, char[] secret,
                                       ProbeRun run) {
        if (webApiTest == null || mailbox.kind().usesMailServer()) {
            throw new IllegalStateException("no web API test for " + mailbox.kind() + " mailboxes");
        }
        return webApiTest.probeFor(mailbox, registration, secret, run);
    }

    /** The certificate fingerprint the admin chose to trust for the server, if any. */
    public Optional<String> pinOf(MailServer server) {
        return pins.pinOf(server);
    }

    /** By server id, every pinned fingerprint. */
    public Map<Long, String> pins() {
        return pins.all();
    }

    /** Trusts exactly this certificate for the server from now on. */
    public void pin(MailServer server, String sha256) {
        pins.pin(server, sha256);
    }

    public Optional<StoredRegistration> registrationOf(Mailbox mailbox) {
        return registrations.registrationOf(mailbox);
    }

    public Map<Long, StoredRegistration> registrationsOf(Collection<Mailbox> mailboxes) {
        return registrations.registrationsOf(mailboxes);
    }

    /** The mailbox's password as this session or the unlocked vault knows it; a copy the caller wipes. */
    public Optional<char[]> knownPassword(Mailbox mailbox) {
        return secrets.get(SecretRef.mailboxPassword(mailbox.id()));
    }

    /** Whether a password typed now is saved on this computer too, so the prompt can say so. */
    public boolean savesPasswords() {
        return secrets.savesNow();
    }

    /** A password typed for a test is kept like one typed in the form (saved when saving is on). */
    public void rememberPassword(Mailbox mailbox, char[] typed) {
        secrets.remember(SecretRef.mailboxPassword(mailbox.id()), typed);
    }

    /** Keeps the result as the mailbox's last test. */
    public void record(LastTest test) {
        results.save(test);
    }

    /** What to probe, or the finished test when the mailbox's app got no token. */
    public record Attempt(ProbeRequest request, ProbeResult refused) {
    }

    /**
     * Signs in the way E-mail Server will: a password, or for a mailbox of an app registration an access
     * token (with the password or the app's client secret) for XOAUTH2. A refused token ends the test
     * there, as a result like any other, with Microsoft's reason and the fix.
     */
    public Attempt signIn(Mailbox mailbox, Optional<StoredRegistration> registration, char[] secret, String pin)
            throws InterruptedException {
        if (registration.isEmpty()) {
            return new Attempt(ProbeRequest.forMailbox(mailbox, Credentials.password(secret)).withPinnedSha256(pin), null);
        }
        StoredRegistration app = registration.get();
        Instant started = Instant.now();
        TokenRequest request = new TokenRequest(app.registration(), OAuthProtocol.of(mailbox.kind()),
                mailbox.login(), secret);
        TokenResult result;
        try {
            result = tokens.check(request).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the token check completes normally unless cancelled", e);
        }
        if (result instanceof TokenResult.Success success) {
            Credentials token = Credentials.oauthToken(success.token().forXoauth2().toCharArray());
            return new Attempt(ProbeRequest.forMailbox(mailbox, token).withPinnedSha256(pin), null);
        }
        TokenResult.Failure failure = (TokenResult.Failure) result;
        String target = ProbeRequest.forMailbox(mailbox, Credentials.oauthToken(new char[0])).describe();
        String reason = Text.get("tests.oauth.noToken", app.name(), failure.failure().code(), failure.failure().action());
        return new Attempt(null, ProbeResult.tokenRefused(mailbox.name(), target, started,
                Duration.between(started, Instant.now()).toMillis(), reason, FailureKind.TOKEN_REFUSED.action()));
    }
}
