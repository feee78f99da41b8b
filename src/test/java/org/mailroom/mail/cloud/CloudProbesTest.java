package org.mailroom.mail.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.mail.cloud.CloudProbeFixture.BEFORE_EWS_BLOCK;
import static org.mailroom.mail.cloud.CloudProbeFixture.MAILBOX;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.Cloud;
import org.mailroom.domain.EwsEndpoint;
import org.mailroom.domain.GraphCloud;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.mail.FailureKind;
import org.mailroom.mail.ProbeResult;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.testing.LocalHttpsServer.Reply;
import org.mailroom.testing.TestTls;

/**
 * The window's Test of a Graph or EWS mailbox: the mailbox as stored (its kind, address, EWS URL and folder) and its
 * app registration become the probe E-mail Server's connection would be, against local servers.
 */
class CloudProbesTest {

    private static final String INBOX = "/v1.0/users/" + MAILBOX + "/mailFolders/inbox";
    private static final String EWS = "/EWS/Exchange.asmx";

    private final CloudProbeFixture fixture = new CloudProbeFixture();

    CloudProbesTest() throws Exception {
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private CloudProbes probes(java.time.Clock clock) {
        return new CloudProbes(fixture.identity(), java.util.concurrent.Executors.newCachedThreadPool(), clock,
                request -> (request.describe().startsWith("Microsoft Graph") ? request.withEndpoint(fixture.server.base()) : request)
                        .withPinnedSha256(TestTls.LOCALHOST.sha256()));
    }

    @Test
    void aGraphMailboxIsTestedWithItsAppsClientSecret() {
        fixture.graphToken("Mail.ReadWrite");
        fixture.server.on(INBOX, request -> Reply.json(200, "{\"displayName\":\"Inbox\",\"totalItemCount\":42,\"unreadItemCount\":7}"));
        InboundMailbox support = new InboundMailbox(7, "support", 10, MAILBOX, new GraphCloud(Cloud.GLOBAL));

        ProbeResult result = probes(java.time.Clock.systemUTC()).probeFor(support,
                Optional.of(CloudProbeFixture.app(GrantType.CLIENT_CREDENTIALS, OAuthProtocol.GRAPH)), "Graph~Secret.Value-2026".toCharArray()).run();

        assertThat(result.succeeded()).as(result.toPlainText()).isTrue();
        assertThat(result.toPlainText()).contains("42 messages").doesNotContain("Graph~Secret.Value-2026");
    }

    @Test
    void anEwsMailboxIsTestedAtItsOwnUrlAndFolder() {
        fixture.ewsToken();
        fixture.server.on(EWS, request -> Reply.xml(200, EwsProbeTest.folder("GetFolder", "Inbox", 12)));
        InboundMailbox support = new InboundMailbox(8, "support", 10, MAILBOX, new EwsEndpoint(fixture.server.base() + EWS, "Inbox"));

        ProbeResult result = probes(BEFORE_EWS_BLOCK).probeFor(support,
                Optional.of(CloudProbeFixture.app(GrantType.PASSWORD, OAuthProtocol.EWS)), "Ews-Pa55word!".toCharArray()).run();

        assertThat(result.succeeded()).as(result.toPlainText()).isTrue();
        assertThat(result.toPlainText()).contains("12 items");
    }

    @Test
    void aGraphMailboxWithoutAnAppRegistrationIsToldSoWithoutReachingTheNetwork() {
        InboundMailbox support = new InboundMailbox(9, "support", 10, MAILBOX, new GraphCloud(Cloud.GLOBAL));

        ProbeResult result = probes(java.time.Clock.systemUTC()).probeFor(support, Optional.empty(), "x".toCharArray()).run();

        assertThat(result.succeeded()).isFalse();
        assertThat(result.failure().kind()).isEqualTo(FailureKind.TOKEN_REFUSED);
        assertThat(result.toPlainText()).contains("none is linked to it");
        assertThat(fixture.server.requests()).isEmpty();
    }
}
