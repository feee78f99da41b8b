package org.mailroom.ui.mailboxes;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.mailroom.domain.Field;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.Violation;
import org.mailroom.oauth.OAuthLink;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.oauth.TokenChecker;
import org.mailroom.oauth.TokenRequest;
import org.mailroom.oauth.TokenResult;
import org.mailroom.store.OAuthStore;

/**
 * How a mailbox that uses OAuth 2.0 signs in for a connection test: a token got the way E-mail
 * Server gets it, then XOAUTH2 with that token. Both calls block: run them off the FX thread.
 */
public final class OAuthSignIn {

    private final OAuthStore store;
    private final TokenChecker checker;

    public OAuthSignIn(OAuthStore store, TokenChecker checker) {
        this.store = store;
        this.checker = checker;
    }

    /** The app registration the mailbox signs in through, if it uses OAuth. */
    Optional<StoredRegistration> registrationOf(Mailbox mailbox) {
        OAuthLink link = store.links().get(mailbox.id());
        return link == null ? Optional.empty()
                : store.registrations().stream().filter(r -> r.id() == link.registrationId()).findFirst();
    }

    /** By mailbox id, the registrations the given mailboxes sign in through (those using OAuth only). */
    Map<Long, StoredRegistration> registrationsOf(Collection<Mailbox> mailboxes) {
        Map<Long, StoredRegistration> byId = new HashMap<>();
        store.registrations().forEach(r -> byId.put(r.id(), r));
        Map<Long, OAuthLink> links = store.links();
        Map<Long, StoredRegistration> result = new HashMap<>();
        for (Mailbox mailbox : mailboxes) {
            OAuthLink link = links.get(mailbox.id());
            if (link != null && byId.containsKey(link.registrationId())) {
                result.put(mailbox.id(), byId.get(link.registrationId()));
            }
        }
        return result;
    }

    /** An access token for XOAUTH2; a refusal comes back as the admin action of the facts sheet. */
    char[] token(StoredRegistration registration, Mailbox mailbox, char[] secret) throws InterruptedException {
        TokenRequest request = new TokenRequest(registration.registration(), OAuthProtocol.of(mailbox.server().protocol()),
                mailbox.login(), secret);
        TokenResult result;
        try {
            result = checker.check(request).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the token check completes normally unless cancelled", e);
        }
        if (result instanceof TokenResult.Success success) {
            return success.token().forXoauth2().toCharArray();
        }
        TokenResult.Failure failure = (TokenResult.Failure) result;
        throw new RuleViolationException(Violation.of(Field.AUTHENTICATION,
                "tests.oauth.noToken", registration.name(), failure.failure().code(), failure.failure().action()));
    }
}
