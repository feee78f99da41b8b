package org.mailroom.mail.cloud;

import java.net.URI;
import java.util.Arrays;
import java.util.Objects;
import org.mailroom.domain.Direction;
import org.mailroom.mail.Fingerprints;
import org.mailroom.mail.Timeouts;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.domain.Cloud;
import org.mailroom.text.Text;

/**
 * Everything one Graph or EWS connection test needs.
 *
 * @param name          the mailbox's name in the report
 * @param mailbox       the mailbox's address (Graph's {@code /users/{mailbox}}, EWS's mailbox)
 * @param endpoint      Graph: the Graph host ({@code https://graph.microsoft.com}, a national cloud's, or a test
 *                      server's); EWS: the EWS URL
 * @param folderPath    EWS only: the folder below the mailbox's top folder, "/" between levels; empty for the Inbox
 * @param registration  the app that signs in (Graph: client credentials; EWS on Exchange Online: password grant);
 *                      null for EWS on an on-premises server, which takes the login and password (basic)
 * @param login         EWS: who signs in; Graph: unused (app-only)
 * @param secret        Graph: the app's client secret; EWS: the login's password. The caller wipes its own copy
 * @param pinnedSha256  a certificate fingerprint the admin chose to trust, or null
 * @param testRecipient Graph outbound only: send a real test message to this address; null to send nothing
 */
public record CloudProbeRequest(String name, CloudApi api, Direction direction, String mailbox, URI endpoint,
                                String folderPath, AzureAppRegistration registration, String login, char[] secret,
                                String pinnedSha256, Timeouts timeouts, String testRecipient) {

    public CloudProbeRequest {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(timeouts, "timeouts");
        if (!"https".equalsIgnoreCase(endpoint.getScheme()) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("the endpoint must be an https URL");
        }
        if (api == CloudApi.GRAPH && registration == null) {
            throw new IllegalArgumentException("Graph signs in with an app registration");
        }
        if (api == CloudApi.EWS && direction == Direction.OUTBOUND && testRecipient != null) {
            throw new IllegalArgumentException("test messages are sent through Graph only");
        }
        name = name == null || name.isBlank() ? mailbox : name;
        folderPath = folderPath == null ? "" : folderPath.strip();
        login = login == null || login.isBlank() ? mailbox : login;
        secret = secret == null ? new char[0] : secret.clone();
        pinnedSha256 = pinnedSha256 == null || pinnedSha256.isBlank() ? null : Fingerprints.normalize(pinnedSha256);
        testRecipient = testRecipient == null || testRecipient.isBlank() ? null : testRecipient.strip();
    }

    /** A Graph mailbox of the registration's cloud, on that cloud's Graph host. */
    public static CloudProbeRequest graph(String name, Direction direction, String mailbox, AzureAppRegistration app,
                                          char[] clientSecret) {
        return new CloudProbeRequest(name, CloudApi.GRAPH, direction, mailbox, URI.create(app.cloud().graphResource()), "",
                app, null, clientSecret, null, Timeouts.DEFAULT, null);
    }

    /** An EWS mailbox: with an app registration on Exchange Online (password grant), without one on-premises (basic). */
    public static CloudProbeRequest ews(String name, Direction direction, String mailbox, URI ewsUrl, String folderPath,
                                        AzureAppRegistration app, String login, char[] password) {
        return new CloudProbeRequest(name, CloudApi.EWS, direction, mailbox, ewsUrl, folderPath, app, login, password, null,
                Timeouts.DEFAULT, null);
    }

    /** Exchange Online's EWS URL for a cloud: {@code https://outlook.office365.com/EWS/Exchange.asmx}. */
    public static URI exchangeOnlineEws(Cloud cloud) {
        return URI.create("https://" + cloud.exchangeHost() + "/EWS/Exchange.asmx");
    }

    public CloudProbeRequest withEndpoint(URI newEndpoint) {
        return new CloudProbeRequest(name, api, direction, mailbox, newEndpoint, folderPath, registration, login, secret,
                pinnedSha256, timeouts, testRecipient);
    }

    public CloudProbeRequest withPinnedSha256(String fingerprint) {
        return new CloudProbeRequest(name, api, direction, mailbox, endpoint, folderPath, registration, login, secret,
                fingerprint, timeouts, testRecipient);
    }

    public CloudProbeRequest withTimeouts(Timeouts newTimeouts) {
        return new CloudProbeRequest(name, api, direction, mailbox, endpoint, folderPath, registration, login, secret,
                pinnedSha256, newTimeouts, testRecipient);
    }

    /** Graph outbound: also send a real test message to this address (only when the admin asked for it). */
    public CloudProbeRequest withTestMessageTo(String recipient) {
        return new CloudProbeRequest(name, api, direction, mailbox, endpoint, folderPath, registration, login, secret,
                pinnedSha256, timeouts, recipient);
    }

    @Override
    public char[] secret() {
        return secret.clone();
    }

    /** Forgets this request's copy of the secret. */
    public void wipe() {
        Arrays.fill(secret, '\0');
    }

    /** EWS signs in with an app registration exactly on Exchange Online; without one it is an on-premises server. */
    public boolean exchangeOnline() {
        return registration != null;
    }

    /** "Graph https://graph.microsoft.com, Inbound, support@contoso.com". */
    public String describe() {
        return Text.get(api == CloudApi.GRAPH ? "cloud.target.graph" : "cloud.target.ews", endpoint,
                Text.get(direction == Direction.INBOUND ? "direction.inbound" : "direction.outbound"), mailbox);
    }

    @Override
    public boolean equals(Object other) {
        return this == other; // a request holding a secret is never "equal" by value
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "CloudProbeRequest[" + describe() + ", secret hidden]";
    }
}
