package org.mailroom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mailroom.domain.SecretRef;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.testing.WorkspaceExtension;

@ExtendWith(WorkspaceExtension.class)
class EmailServerOptionsTest {

    private WorkspaceDatabase database;
    private IoSamples.Sample sample;

    @BeforeEach
    void open(WorkspaceDatabase database) {
        this.database = database;
        sample = IoSamples.fill(database);
    }

    @Test
    void theSampleWorkspaceAsEmailServerOptions() {
        String ini = EmailServerOptions.ini(WorkspaceContent.read(database), EmailServerOptions.Settings.withoutPasswords());

        assertThat(ini).isEqualTo("""
                ; E-mail Server options exported by Mailroom

                [smtp-client]
                server=smtp.office365.com
                port=587
                user=relay@contoso.com
                enable-authentication=true
                smtp-connection-security=start-tls
                connect-timeout=30
                protocol-timeout=60

                [pop-client-billing]
                server=pop.fabrikam.us
                port=995
                mailbox=billing@fabrikam.us
                type=pop3
                enable-ssl=true
                pop-connection-security=ssl-tls
                maximum-msg-size=20
                connect-timeout=30
                protocol-timeout=60
                mail.pop3.auth.mechanisms=XOAUTH2
                client-id=2b2c3d4e-0000-4000-8000-00000000abcd
                directory-id=0f0e0d0c-0000-4000-8000-000000000001
                tenant-authority=https://login.microsoftonline.us
                scope=https://outlook.office365.us/.default
                grant-type=client_credentials

                [pop-client-claims]
                server=mail.claims.example
                port=143
                mailbox=claims
                type=imap
                enable-ssl=false
                pop-connection-security=start-tls
                maximum-msg-size=5
                connect-timeout=30
                protocol-timeout=60

                [pop-client-sales]
                server=outlook.office365.com
                port=993
                mailbox=sales@contoso.com
                type=imap
                enable-ssl=true
                pop-connection-security=ssl-tls
                maximum-msg-size=10
                connect-timeout=30
                protocol-timeout=60
                mail.imap.auth.mechanisms=XOAUTH2
                client-id=1b2c3d4e-0000-4000-8000-00000000abcd
                directory-id=contoso.onmicrosoft.com
                scope=https://outlook.office.com/.default
                grant-type=password
                """);
    }

    @Test
    void passwordsOnlyWhenAskedForAndTheAppSecretForClientCredentials() {
        EmailServerOptions.Settings withPasswords = EmailServerOptions.Settings.withoutPasswords().withPasswords(ref ->
                ref.equals(SecretRef.mailboxPassword(sample.sales().id())) ? Optional.of("sales-pw".toCharArray())
                        : ref.equals(SecretRef.clientSecret(sample.gov().id())) ? Optional.of("gov-app-secret".toCharArray())
                        : Optional.empty());

        String ini = EmailServerOptions.ini(WorkspaceContent.read(database), withPasswords);

        assertThat(ini).contains("[pop-client-sales]\n", "grant-type=password\npassword=sales-pw\n")
                .contains("grant-type=client_credentials\npassword=gov-app-secret\n")
                .doesNotContain("[smtp-client]\nserver=smtp.office365.com\nport=587\nuser=relay@contoso.com\npassword");
    }

    @Test
    void theSummaryEscapesEveryValueAndListsEverything() {
        String html = ConfigurationSummary.html(WorkspaceContent.read(database), List.of(), ZonedDateTime.of(2025, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC));

        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<td>Support &lt;EU&gt; &amp; &quot;Co&quot;</td>")
                .doesNotContain("Support <EU>")
                .contains("<td>sales</td>", "<td>smtp-client</td>", "<td>Contoso mail</td>", "<td>support@contoso.com</td>")
                .contains("OAuth 2.0 (Fabrikam gov)", "Review and sign-off", "Thu, 2 Jan 2025 03:04:05 GMT");
        assertThat(html).as("clouds and grants in words, never as constants")
                .contains("<td>Global (login.microsoftonline.com)</td>", "<td>US Government GCC High (login.microsoftonline.us)</td>",
                        "<td>Password grant (the mailbox&#39;s login and password)</td>", "<td>Client credentials (the app&#39;s client secret)</td>")
                .doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b|>PASSWORD<|>GLOBAL<");
        assertThat(ConfigurationSummary.escape("<script>alert('x')</script>")).isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }
}
