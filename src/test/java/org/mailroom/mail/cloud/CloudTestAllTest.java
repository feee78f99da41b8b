package org.mailroom.mail.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.mail.cloud.CloudProbeFixture.BEFORE_EWS_BLOCK;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailroom.domain.Direction;
import org.mailroom.mail.FailureKind;
import org.mailroom.mail.ProbeBatch;
import org.mailroom.mail.ProbeResult;
import org.mailroom.mail.ProbeRun;
import org.mailroom.mail.ProbeStep;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.testing.FakeIdentityProvider;
import org.mailroom.testing.LocalHttpsServer.Reply;
import org.mailroom.testing.TestTls;

/** Graph and EWS tests in Test all: what is the app's is fetched once per run, what is the mailbox's is checked per mailbox. */
class CloudTestAllTest {

    private static final String INBOX = "/v1.0/users/support@contoso.com/mailFolders/inbox";
    private static final String EWS = "/EWS/Exchange.asmx";
    private static final String TOKEN = "/oauth2/v2.0/token";
    private static final String SHARED = "got for an earlier mailbox of this Test all";

    private final CloudProbeFixture fixture = new CloudProbeFixture();

    CloudTestAllTest() throws Exception {
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aGraphAppGetsOneTokenPerTestAllAndEveryMailboxIsStillAsked() throws Exception {
        fixture.graphToken("Mail.ReadWrite");
        fixture.server.on(INBOX, request -> Reply.json(200, "{\"displayName\":\"Inbox\",\"totalItemCount\":42,\"unreadItemCount\":7}"));

        List<ProbeResult> results = testAll(6, fixture.graph(Direction.INBOUND));

        assertThat(results).allMatch(ProbeResult::succeeded);
        assertThat(requestsTo(TOKEN)).isEqualTo(1);
        assertThat(requestsTo(INBOX)).isEqualTo(6);
        assertThat(results).filteredOn(result -> String.join("\n", result.transcript()).contains(SHARED)).hasSize(5);
        assertThat(results).allSatisfy(result -> {
            assertThat(result.steps().get(0).step()).isEqualTo(ProbeStep.TOKEN);
            assertThat(result.steps().get(0).detail()).contains("Mail.ReadWrite");
            assertThat(result.tls().pinned()).isTrue();
        });
    }

    @Test
    void onItsOwnAndWithAnotherSecretATestFetchesItsOwnToken() throws Exception {
        fixture.graphToken("Mail.ReadWrite");
        fixture.server.on(INBOX, request -> Reply.json(200, "{\"displayName\":\"Inbox\",\"totalItemCount\":1,\"unreadItemCount\":0}"));
        fixture.probe(fixture.graph(Direction.INBOUND), Clock.systemUTC()).run();
        fixture.probe(fixture.graph(Direction.INBOUND), Clock.systemUTC()).run();
        assertThat(requestsTo(TOKEN)).isEqualTo(2);

        ProbeRun run = new ProbeBatch(8).run();
        CloudProbeRequest other = CloudProbeRequest.graph("Other", Direction.INBOUND, CloudProbeFixture.MAILBOX,
                CloudProbeFixture.app(GrantType.CLIENT_CREDENTIALS, OAuthProtocol.GRAPH), "another-secret".toCharArray())
                .withEndpoint(fixture.server.base()).withPinnedSha256(TestTls.LOCALHOST.sha256());
        assertThat(fixture.probe(fixture.graph(Direction.INBOUND), Clock.systemUTC(), run).run().succeeded()).isTrue();
        assertThat(fixture.probe(other, Clock.systemUTC(), run).run().succeeded()).isTrue();

        assertThat(requestsTo(TOKEN)).isEqualTo(4);
    }

    @Test
    void aRefusedAppTokenIsReportedForEveryMailboxWithItsCause() throws Exception {
        fixture.server.tokens(FakeIdentityProvider.error(401, "invalid_client", 7000215, "Invalid client secret provided."));

        List<ProbeResult> results = testAll(4, fixture.graph(Direction.INBOUND));

        assertThat(results).hasSize(4).allSatisfy(result -> {
            assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.TOKEN_REFUSED);
            assertThat(result.failure().reason()).contains("AADSTS7000215");
        });
        assertThat(requestsTo(INBOX)).isZero();
    }

    @Test
    void anEwsMailboxsPasswordGetsItsOwnTokenEvenInTestAll() throws Exception {
        fixture.ewsToken();
        fixture.server.on(EWS, request -> Reply.xml(200, EwsProbeTest.folder("GetFolder", "Inbox", 12)));

        List<ProbeResult> results = testAll(3, fixture.ews("", true));

        assertThat(results).allMatch(ProbeResult::succeeded);
        assertThat(requestsTo(TOKEN)).as("a password grant proves the mailbox's own password").isEqualTo(3);
        assertThat(results).noneMatch(result -> String.join("\n", result.transcript()).contains(SHARED));
    }

    private List<ProbeResult> testAll(int mailboxes, CloudProbeRequest request) throws Exception {
        ProbeBatch batch = new ProbeBatch(8);
        List<CloudProbe> probes = new ArrayList<>();
        for (int i = 0; i < mailboxes; i++) {
            probes.add(fixture.probe(request, BEFORE_EWS_BLOCK, batch.run()));
        }
        return batch.startProbes(probes, (result, done, total) -> { }).get(60, TimeUnit.SECONDS).stream()
                .map(CloudProbeFixture::inAdminWords).toList();
    }

    private long requestsTo(String path) {
        return fixture.server.requests().stream().filter(request -> request.path().endsWith(path)).count();
    }
}
