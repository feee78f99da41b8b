package org.mailroom.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mailroom.testing.FakeIdentityProvider;

/** The token from the fake identity provider opens a mailbox with XOAUTH2 (GreenMail compares it with the password). */
class Xoauth2GreenMailTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());

    @Test
    void imapXoauth2WithTheCheckedToken() throws Exception {
        FakeIdentityProvider idp = new FakeIdentityProvider().answering(FakeIdentityProvider.delegatedToken(
                "https://outlook.office.com", "IMAP.AccessAsUser.All offline_access", "test@contoso.com"));
        ExecutorService executor = Executors.newSingleThreadExecutor();
        TokenResult.Success success;
        try {
            TokenChecker checker = new TokenChecker(IdentityProviderSettings.fake(idp, Duration.ofSeconds(5)), executor,
                    Clock.systemUTC());
            success = (TokenResult.Success) checker.check(new TokenRequest(TokenCheckerTest.delegated(OAuthProtocol.IMAP),
                    OAuthProtocol.IMAP, "test@contoso.com", "pw".toCharArray())).get(10, TimeUnit.SECONDS);
        } finally {
            executor.shutdownNow();
        }
        GREEN_MAIL.setUser("test@contoso.com", "test@contoso.com", success.token().forXoauth2());

        Properties props = new Properties();
        props.put("mail.imap.auth.mechanisms", "XOAUTH2");
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        props.put("mail.imap.writetimeout", "5000");
        Store store = Session.getInstance(props).getStore("imap");
        store.connect("127.0.0.1", GREEN_MAIL.getImap().getPort(), "test@contoso.com", success.token().forXoauth2());
        try {
            // IMAP would silently fall back to LOGIN with the token when XOAUTH2 is not advertised: check it is
            assertThat(((IMAPStore) store).hasCapability("AUTH=XOAUTH2")).isTrue();
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertThat(inbox.isOpen()).isTrue();
            inbox.close(false);
        } finally {
            store.close();
        }
    }
}
