package org.mailroom.mail.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailroom.mail.cloud.CloudProbeFixture.BEFORE_EWS_BLOCK;
import static org.mailroom.mail.cloud.CloudProbeFixture.EWS_BLOCKED;
import static org.mailroom.mail.cloud.CloudProbeFixture.EWS_SHUT_DOWN;
import static org.mailroom.mail.cloud.CloudProbeFixture.MAILBOX;
import static org.mailroom.mail.cloud.CloudProbeFixture.PASSWORD;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailroom.testing.TestTls;
import org.mailroom.mail.FailureKind;
import org.mailroom.mail.ProbeResult;
import org.mailroom.mail.ProbeStep;
import org.mailroom.testing.LocalHttpsServer;
import org.mailroom.testing.LocalHttpsServer.Reply;

/** EWS tests against a local HTTPS server playing EWS (SOAP) and the identity provider, on both sides of the EWS dates. */
class EwsProbeTest {

    private static final String EWS = "/EWS/Exchange.asmx";
    private static final String ENVELOPE = "<?xml version=\"1.0\" encoding=\"utf-8\"?><s:Envelope "
            + "xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\" "
            + "xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"><s:Body>%s</s:Body></s:Envelope>";

    private final CloudProbeFixture fixture = new CloudProbeFixture();

    EwsProbeTest() throws Exception {
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    static String folder(String operation, String name, int count) {
        return ENVELOPE.formatted("<m:" + operation + "Response><m:ResponseMessages><m:" + operation + "ResponseMessage ResponseClass=\"Success\">"
                + "<m:ResponseCode>NoError</m:ResponseCode>" + (operation.equals("FindFolder") ? "<m:RootFolder><t:Folders>" : "<m:Folders>")
                + "<t:Folder><t:FolderId Id=\"id-" + name + "\"/><t:DisplayName>" + name + "</t:DisplayName><t:TotalCount>" + count
                + "</t:TotalCount><t:UnreadCount>1</t:UnreadCount></t:Folder>"
                + (operation.equals("FindFolder") ? "</t:Folders></m:RootFolder>" : "</m:Folders>")
                + "</m:" + operation + "ResponseMessage></m:ResponseMessages></m:" + operation + "Response>");
    }

    static String error(String code, String text) {
        return ENVELOPE.formatted("<m:GetFolderResponse><m:ResponseMessages><m:GetFolderResponseMessage ResponseClass=\"Error\">"
                + "<m:MessageText>" + text + "</m:MessageText><m:ResponseCode>" + code + "</m:ResponseCode>"
                + "</m:GetFolderResponseMessage></m:ResponseMessages></m:GetFolderResponse>");
    }

    @Test
    void exchangeOnlineReadsTheInboxWithAPasswordGrantToken() {
        fixture.ewsToken();
        fixture.server.on(EWS, request -> Reply.xml(200, folder("GetFolder", "Inbox", 12)));

        ProbeResult result = fixture.run(fixture.ews("", true), BEFORE_EWS_BLOCK);

        assertThat(result.succeeded()).as(result.toPlainText()).isTrue();
        assertThat(result.steps().get(0).detail()).contains("EWS.AccessAsUser.All");
        assertThat(result.steps().get(4).detail()).contains("Folder Inbox read: 12 items");
        LocalHttpsServer.Request soap = fixture.server.requests().stream().filter(r -> r.path().equals(EWS)).findFirst().orElseThrow();
        assertThat(soap.header("Authorization")).startsWith("Bearer ");
        assertThat(soap.header("X-AnchorMailbox")).isEqualTo(MAILBOX);
        assertThat(soap.body()).contains("GetFolder", "DistinguishedFolderId Id=\"inbox\"", MAILBOX);
        assertThat(fixture.server.requests()).anyMatch(r -> r.path().endsWith("/oauth2/v2.0/token") && r.body().contains("grant_type=password"));
        assertThat(result.toPlainText()).doesNotContain(PASSWORD);
    }

    @Test
    void aFolderPathIsWalkedLevelByLevel() {
        fixture.ewsToken();
        fixture.server.on(EWS, request -> request.body().contains("Value=\"Inbox\"") ? Reply.xml(200, folder("FindFolder", "Inbox", 30))
                : Reply.xml(200, folder("FindFolder", "Support", 5)));

        ProbeResult result = fixture.run(fixture.ews("Inbox/Support", true), BEFORE_EWS_BLOCK);

        assertThat(result.succeeded()).as(result.toPlainText()).isTrue();
        assertThat(result.steps().get(4).detail()).contains("Folder Support read: 5 items");
        assertThat(fixture.server.requests()).filteredOn(r -> r.path().equals(EWS)).hasSize(2)
                .last().satisfies(r -> assertThat(r.body()).contains("FolderId Id=\"id-Inbox\"", "Value=\"Support\""));
    }

    @Test
    void aFolderThatIsNotThereNamesTheFolderPath() {
        fixture.ewsToken();
        fixture.server.on(EWS, request -> Reply.xml(200, ENVELOPE.formatted("<m:FindFolderResponse><m:ResponseMessages>"
                + "<m:FindFolderResponseMessage ResponseClass=\"Success\"><m:ResponseCode>NoError</m:ResponseCode>"
                + "<m:RootFolder TotalItemsInView=\"0\"><t:Folders/></m:RootFolder></m:FindFolderResponseMessage>"
                + "</m:ResponseMessages></m:FindFolderResponse>")));

        ProbeResult result = fixture.run(fixture.ews("Inbox/Missing", true), BEFORE_EWS_BLOCK);

        assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.MAILBOX_UNAVAILABLE);
        assertThat(result.failure().action()).contains("Inbox/Missing", "folder path");
    }

    @Test
    void noSuchMailbox() {
        fixture.ewsToken();
        fixture.server.on(EWS, request -> Reply.xml(200, error("ErrorNonExistentMailbox", "No mailbox with such guid.")));

        ProbeResult result = fixture.run(fixture.ews("", true), BEFORE_EWS_BLOCK);

        assertThat(result.failure().kind()).isEqualTo(FailureKind.MAILBOX_UNAVAILABLE);
        assertThat(result.failure().reason()).contains("ErrorNonExistentMailbox");
        assertThat(result.failure().action()).contains("no mailbox " + MAILBOX);
    }

    @Test
    void aConnectionLostBeforeTheAnswerIsAskedOnceMoreForGetFolderChangesNothing() {
        fixture.ewsToken();
        AtomicInteger asked = new AtomicInteger();
        fixture.server.on(EWS, request -> asked.incrementAndGet() == 1 ? Reply.hangUp() : Reply.xml(200, folder("GetFolder", "Inbox", 12)));

        ProbeResult result = fixture.run(fixture.ews("", true), BEFORE_EWS_BLOCK);

        assertThat(result.succeeded()).as(result.toPlainText()).isTrue();
        assertThat(asked).as("the token came over the same kept-alive connection the server then closed").hasValue(2);
        assertThat(result.toPlainText()).contains("the connection closed before any answer", "sent once more");
    }

    @Test
    void aServerThatKeepsClosingTheConnectionIsAskedTwiceOnly() {
        fixture.ewsToken();
        AtomicInteger asked = new AtomicInteger();
        fixture.server.on(EWS, request -> {
            asked.incrementAndGet();
            return Reply.hangUp();
        });

        ProbeResult result = fixture.run(fixture.ews("", true), BEFORE_EWS_BLOCK);

        assertThat(result.succeeded()).isFalse();
        assertThat(asked).hasValue(2);
        assertThat(result.failure().reason()).as(result.toPlainText()).isNotBlank();
    }

    @Test
    void aBusyServerIsThrottling() {
        fixture.ewsToken();
        fixture.server.on(EWS, request -> Reply.xml(200, error("ErrorServerBusy", "The server cannot service this request right now.")));

        ProbeResult result = fixture.run(fixture.ews("", true), BEFORE_EWS_BLOCK);

        assertThat(result.failure().kind()).isEqualTo(FailureKind.THROTTLED);
    }

    @Test
    void before2026_10_01A401IsTheTokenNotBlocking() {
        fixture.ewsToken();
        fixture.server.on(EWS, request -> Reply.xml(401, ""));

        ProbeResult result = fixture.run(fixture.ews("", true), BEFORE_EWS_BLOCK);

        assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.AUTHENTICATION_FAILED);
        assertThat(result.failure().action()).contains("EWS.AccessAsUser.All").doesNotContain("blocked");
    }

    @Test
    void from2026_10_01A401FromExchangeOnlineIsTheBlockNotAWrongPassword() {
        fixture.ewsToken();
        fixture.server.on(EWS, request -> Reply.xml(401, ""));

        ProbeResult result = fixture.run(fixture.ews("", true), EWS_BLOCKED);

        assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.EWS_BLOCKED);
        assertThat(result.failure().step()).isEqualTo(ProbeStep.AUTHENTICATION);
        assertThat(result.failure().action()).contains("blocked EWS since 2026-10-01", "not a wrong password",
                "Move the mailbox " + MAILBOX + " to Microsoft Graph");
    }

    @Test
    void from2027_04_01A403IsTheShutDown() {
        fixture.ewsToken();
        fixture.server.on(EWS, request -> Reply.xml(403, ""));

        ProbeResult result = fixture.run(fixture.ews("", true), EWS_SHUT_DOWN);

        assertThat(result.failure().kind()).isEqualTo(FailureKind.EWS_BLOCKED);
        assertThat(result.failure().action()).contains("shut EWS down on 2027-04-01");
    }

    @Test
    void before2026_10_01A403IsEwsTurnedOffForTheMailbox() {
        fixture.ewsToken();
        fixture.server.on(EWS, request -> Reply.xml(403, ""));

        ProbeResult result = fixture.run(fixture.ews("", true), BEFORE_EWS_BLOCK);

        assertThat(result.failure().kind()).isEqualTo(FailureKind.ACCESS_DENIED);
        assertThat(result.failure().action()).contains("-EwsEnabled $true");
    }

    @Test
    void onPremisesSignsInWithThePasswordAndIsNeverBlocked() {
        fixture.server.on(EWS, request -> Reply.xml(401, ""));

        ProbeResult result = fixture.run(fixture.ews("", false), EWS_BLOCKED);

        assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.AUTHENTICATION_FAILED);
        assertThat(result.failure().action()).contains("basic authentication", MAILBOX);
        String basic = fixture.server.requests().get(0).header("Authorization");
        assertThat(new String(Base64.getDecoder().decode(basic.substring("Basic ".length())), StandardCharsets.UTF_8))
                .isEqualTo(MAILBOX + ":" + PASSWORD);
        assertThat(result.steps()).extracting(s -> s.step()).doesNotContain(ProbeStep.TOKEN);
        assertThat(result.toPlainText()).doesNotContain(PASSWORD).doesNotContain(basic.substring("Basic ".length()));
    }

    @Test
    void onPremisesSuccess() {
        fixture.server.on(EWS, request -> Reply.xml(200, folder("GetFolder", "Inbox", 3)));

        ProbeResult result = fixture.run(fixture.ews("", false), EWS_SHUT_DOWN);

        assertThat(result.succeeded()).as(result.toPlainText()).isTrue();
        assertThat(result.steps().get(2).detail()).contains("accepted the login " + MAILBOX);
    }

    @Test
    void anOnPremisesServerWithItsOwnCaSaysToImportTheCaForEmailServer() {
        fixture.server.on(EWS, request -> Reply.xml(200, folder("GetFolder", "Inbox", 3)));

        ProbeResult result = fixture.run(fixture.ews("", false).withPinnedSha256(null), EWS_SHUT_DOWN);

        assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.UNTRUSTED_CERTIFICATE);
        assertThat(result.failure().step()).isEqualTo(ProbeStep.TLS);
        assertThat(result.failure().action()).contains("on-premises Exchange", "E-mail Server", "keytool -importcert", "SHA-256")
                .doesNotContain("server entry");
        assertThat(result.certificateToTrust()).contains(TestTls.LOCALHOST.sha256());
        assertThat(fixture.server.requests()).isEmpty();
    }

    @Test
    void somethingElseAtTheUrlIsNotEws() {
        fixture.ewsToken();
        fixture.server.on(EWS, request -> new Reply(200, "text/html", "<html><body>Sign in</body></html>", java.util.Map.of()));

        ProbeResult result = fixture.run(fixture.ews("", true), BEFORE_EWS_BLOCK);

        assertThat(result.failure().kind()).as(result.toPlainText()).isEqualTo(FailureKind.SERVICE_ERROR);
        assertThat(result.failure().action()).contains("Something else than EWS");
    }
}
