package org.mailroom.mail.cloud;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mailroom.domain.Direction;
import org.mailroom.domain.Violation;
import org.mailroom.mail.Timeouts;
import org.mailroom.oauth.AccountType;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.domain.Cloud;
import org.mailroom.oauth.GrantType;
import org.mailroom.oauth.IdentityProviderSettings;
import org.mailroom.oauth.OAuthProtocol;
import org.mailroom.oauth.RegistrationRules;
import org.mailroom.text.Text;

/**
 * What {@code probe --protocol graph|ews} makes of its options: the request and where its token comes from.
 * {@code --cloud} picks a national cloud (its authority, Graph and Exchange hosts); {@code --authority} names a
 * cloud's sign-in host (then that cloud's hosts follow) or any other OIDC authority (a test's); {@code --graph-host}
 * and {@code --ews-url} override the API's address. Bad options are
 * refused with a sentence ({@link IllegalArgumentException}), as for the mail protocols.
 */
public final class CloudProbeCommand {

    /** The options only these two protocols take. */
    public static final Set<String> OPTIONS = Set.of("--direction", "--mailbox", "--client-id", "--tenant", "--authority",
            "--graph-host", "--ews-url", "--folder", "--send-test-to", "--cloud");
    /** US DoD shares GCC High's sign-in host but not its Graph and Exchange hosts: --cloud tells them apart. */
    private static final Map<String, Cloud> CLOUDS = Map.of("global", Cloud.GLOBAL, "gcc-high", Cloud.US_GOV_GCC_HIGH,
            "dod", Cloud.US_DOD, "china", Cloud.CHINA);

    /** What to run: the request, and the identity provider its token comes from. */
    public record Invocation(CloudProbeRequest request, IdentityProviderSettings identity) {
    }

    private CloudProbeCommand() {
    }

    /** @param api from {@code --protocol}; the secret is the client secret (Graph) or the password (EWS) */
    public static Invocation parse(CloudApi api, Map<String, String> options, char[] secret, Timeouts timeouts, String trust) {
        String user = options.get("--user");
        String mailbox = options.getOrDefault("--mailbox", user);
        if (mailbox == null) {
            throw new IllegalArgumentException(Text.get("probe.cli.missingOption", "--mailbox"));
        }
        Direction direction = switch (options.getOrDefault("--direction", "inbound").toLowerCase(Locale.ROOT)) {
            case "inbound" -> Direction.INBOUND;
            case "outbound" -> Direction.OUTBOUND;
            default -> throw new IllegalArgumentException(Text.get("probe.cli.badChoice", "--direction", "inbound|outbound"));
        };
        String authority = options.get("--authority");
        Cloud cloud = options.containsKey("--cloud") ? cloud(options.get("--cloud"))
                : authority == null ? Cloud.GLOBAL : Arrays.stream(Cloud.values()).filter(Cloud::isOpen)
                .filter(c -> c.authority().equalsIgnoreCase(authority.replaceAll("/+$", ""))).findFirst().orElse(Cloud.GLOBAL);
        boolean signsIn = api == CloudApi.GRAPH || options.containsKey("--client-id") || options.containsKey("--tenant");
        AzureAppRegistration app = signsIn ? registration(api, options, cloud) : null;
        IdentityProviderSettings identity = identity(authority, cloud, app);
        URI endpoint = api == CloudApi.GRAPH ? https(options.getOrDefault("--graph-host", cloud.graphResource()), "--graph-host")
                : https(options.getOrDefault("--ews-url", CloudProbeRequest.exchangeOnlineEws(cloud).toString()), "--ews-url");
        if (api == CloudApi.EWS && options.containsKey("--send-test-to")) {
            throw new IllegalArgumentException(Text.get("probe.cli.graphOnly", "--send-test-to"));
        }
        if (options.containsKey("--send-test-to") && direction != Direction.OUTBOUND) {
            throw new IllegalArgumentException(Text.get("probe.cli.outboundOnly", "--send-test-to"));
        }
        if (api == CloudApi.GRAPH && options.containsKey("--folder")) {
            throw new IllegalArgumentException(Text.get("probe.cli.ewsOnly", "--folder"));
        }
        CloudProbeRequest request = new CloudProbeRequest(null, api, direction, mailbox, endpoint, options.get("--folder"), app,
                user, secret, trust, timeouts, options.get("--send-test-to"));
        return new Invocation(request, identity);
    }

    /** Graph: client credentials (E-mail Server reads Graph with a client secret only); EWS: the password grant. */
    private static AzureAppRegistration registration(CloudApi api, Map<String, String> options, Cloud cloud) {
        GrantType grant = api == CloudApi.GRAPH ? GrantType.CLIENT_CREDENTIALS : GrantType.PASSWORD;
        String clientId = options.get("--client-id");
        String tenant = options.get("--tenant");
        refuse("--client-id", RegistrationRules.checkClientId(clientId));
        refuse("--tenant", RegistrationRules.checkTenant(tenant, grant));
        return new AzureAppRegistration("probe", clientId, tenant, cloud, AccountType.SINGLE_TENANT, grant,
                EnumSet.of(api == CloudApi.GRAPH ? OAuthProtocol.GRAPH : OAuthProtocol.EWS));
    }

    /** A known cloud's authority signs in as usual; any other is an OIDC authority of its own, without Microsoft's discovery. */
    private static IdentityProviderSettings identity(String authority, Cloud cloud, AzureAppRegistration app) {
        IdentityProviderSettings defaults = IdentityProviderSettings.defaults();
        if (authority == null || app == null || cloud.authority().equalsIgnoreCase(authority.replaceAll("/+$", ""))) {
            return defaults;
        }
        String oidc = https(authority, "--authority").toString().replaceAll("/+$", "") + "/" + app.normalized().tenant() + "/v2.0";
        return new IdentityProviderSettings(null, false, oidc, defaults.connectTimeout(), defaults.readTimeout(),
                Duration.ofSeconds(30));
    }

    private static Cloud cloud(String name) {
        Cloud cloud = CLOUDS.get(name.toLowerCase(Locale.ROOT));
        if (cloud == null) {
            throw new IllegalArgumentException(Text.get("probe.cli.badChoice", "--cloud", "global|gcc-high|dod|china"));
        }
        return cloud;
    }

    private static void refuse(String option, Optional<Violation> violation) {
        violation.ifPresent(v -> {
            throw new IllegalArgumentException(Text.get("probe.cli.badValue", option, v.message()));
        });
    }

    private static URI https(String url, String option) {
        try {
            URI uri = URI.create(url.strip());
            if ("https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException malformed) {
            // said below
        }
        throw new IllegalArgumentException(Text.get("probe.cli.notHttps", option));
    }
}
