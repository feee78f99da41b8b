package org.mailroom.mail.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.mail.cloud.CloudProbeFixture.MAILBOX;
import static org.mailroom.mail.cloud.CloudProbeFixture.SECRET;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.Direction;
import org.mailroom.mail.FailureKind;
import org.mailroom.mail.ProbeResult;
import org.mailroom.mail.ProbeStep;
import org.mailroom.mail.StepStatus;
import org.mailroom.testing.LocalHttpsServer.Reply;

/** Graph tests against a local HTTPS server that plays Graph and the identity provider. */
class GraphProbeTest {

    private static final String INBOX = "/v1.0/users/support@contoso.com/mailFolders/inbox";
    private static final String USER = "/v1.0/users/support@contoso.com";

    private final CloudProbeFixture fixture = new CloudProbeFixture();

    GraphProbeTest() throws Exception {
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void inboundReadsTheInboxCount() {
        fixture.graphToken("Mail.ReadWrite");
        fixture.server.on(INBOX, request -> Reply.json(200, "{\"displayName\":\"Inbox\",\"totalItemCount\":42,\"unreadItemCount\":7}"));

        ProbeResult result = fixture.run(fixture.graph(Direction.INBOUND));

        assertThat(result.succeeded()).as(result.toPlainText()).isTrue();
        assertThat(result.steps()).extracting(s -> s.step()).containsExactly(ProbeStep.TOKEN, ProbeStep.DNS, ProbeStep.TLS,
                ProbeStep.AUTHENTICATION, ProbeStep.VERIFY);
        assertThat(result.steps().get(4).detail()).contains("42 messages", "7 unread");
        assertThat(result.steps().get(0).detail()).contains("Mail.ReadWrite", "https://graph.microsoft.com");
        assertThat(result.tls().pinned()).isTrue();
        assertThat(fixture.server.requests().stream().filter(r -> r.path().equals(INBOX)).findFirst().orElseThrow()
                .header("Authorization")).startsWith("Bearer ");
        assertThat(result.toPlainText()).doesNotContain(SECRET).doesNotContain(accessTokenSent());
    }

    private String accessTokenSent() {
        return fixture.server.requests().stream().filter(r -> r.path().equals(INBOX)).findFirst().orElseThrow()
                .header("Authorization").substring("Bearer ".length());
    }
}
