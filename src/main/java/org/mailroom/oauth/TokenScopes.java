package org.mailroom.oauth;

import org.mailroom.domain.Cloud;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** What to ask the token endpoint for, and which audiences a token for a protocol may carry. */
public final class TokenScopes {

    /** The delegated scopes are documented on outlook.office.com for the global cloud. */
    private static final String GLOBAL_DELEGATED_HOST = "https://outlook.office.com";
    public static final String OFFLINE_ACCESS = "offline_access";

    private TokenScopes() {
    }

    /**
     * The scopes of one token request: delegated {@code https://outlook.office.com/IMAP.AccessAsUser.All} +
     * {@code offline_access}; app-only {@code https://outlook.office365.com/.default}; Graph
     * {@code https://graph.microsoft.com/.default}. One protocol per request: a token has one audience.
     */
    public static Set<String> forRequest(OAuthProtocol protocol, GrantType grant, Cloud cloud) {
        if (protocol == OAuthProtocol.GRAPH) {
            return Set.of(cloud.graphResource() + "/.default");
        }
        if (grant == GrantType.CLIENT_CREDENTIALS) {
            return Set.of("https://" + cloud.exchangeHost() + "/.default");
        }
        String host = protocol == OAuthProtocol.EWS || cloud != Cloud.GLOBAL
                ? "https://" + cloud.exchangeHost()
                : GLOBAL_DELEGATED_HOST;
        Set<String> scopes = new LinkedHashSet<>();
        PermissionCatalogue.required(Set.of(protocol), grant).stream()
                .filter(p -> p.resource() == Resource.EXCHANGE_ONLINE)
                .forEach(p -> scopes.add(host + "/" + p.name()));
        scopes.add(OFFLINE_ACCESS);
        return scopes;
    }

    /** Audiences (aud claim) that fit a protocol: the resource's app id or one of its URIs. */
    public static Set<String> acceptedAudiences(OAuthProtocol protocol, Cloud cloud) {
        if (protocol == OAuthProtocol.GRAPH) {
            return new TreeSet<>(List.of(Resource.MICROSOFT_GRAPH.appId(), cloud.graphResource(), "https://graph.microsoft.com"));
        }
        return new TreeSet<>(List.of(Resource.EXCHANGE_ONLINE.appId(), GLOBAL_DELEGATED_HOST, "https://outlook.office365.com",
                "https://" + cloud.exchangeHost()));
    }

    static boolean audienceFits(String audience, OAuthProtocol protocol, Cloud cloud) {
        if (audience == null) {
            return false;
        }
        String normalized = audience.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        return acceptedAudiences(protocol, cloud).contains(normalized);
    }

    /** The permission names the token's scp (delegated) or roles (app-only) claim must hold. */
    static List<String> claimNames(OAuthProtocol protocol, GrantType grant) {
        return PermissionCatalogue.required(Set.of(protocol), grant).stream()
                .filter(p -> protocol == OAuthProtocol.GRAPH || p.resource() == Resource.EXCHANGE_ONLINE)
                .map(Permission::name)
                .toList();
    }
}
