package org.mailroom.oauth;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The Microsoft clouds, each with its sign-in authority and the hosts its tokens are for (facts sheet §4). */
public enum Cloud {
    GLOBAL("https://login.microsoftonline.com", List.of(), "https://graph.microsoft.com", "outlook.office365.com", true),
    US_GOV_GCC_HIGH("https://login.microsoftonline.us", List.of(), "https://graph.microsoft.us", "outlook.office365.us", true),
    US_DOD("https://login.microsoftonline.us", List.of(), "https://dod-graph.microsoft.us", "outlook-dod.office365.us", true),
    CHINA("https://login.chinacloudapi.cn", List.of("https://login.partner.microsoftonline.cn"),
            "https://microsoftgraph.chinacloudapi.cn", "partner.outlook.cn", true),
    /** Microsoft Cloud Deutschland closed on 2021-10-29; kept only to recognise and refuse its authority. */
    GERMANY("https://login.microsoftonline.de", List.of(), "https://graph.microsoft.de", "outlook.office.de", false);

    /** What E-mail Server assumes when no tenant-authority is given in the migration request. */
    public static final String DEFAULT_AUTHORITY = "https://login.microsoftonline.com/";

    private final String authority;
    private final List<String> otherAuthorities;
    private final String graph;
    private final String exchangeHost;
    private final boolean open;

    Cloud(String authority, List<String> otherAuthorities, String graph, String exchangeHost, boolean open) {
        this.authority = authority;
        this.otherAuthorities = otherAuthorities;
        this.graph = graph;
        this.exchangeHost = exchangeHost;
        this.open = open;
    }

    /** The sign-in host without a trailing slash, e.g. {@code https://login.microsoftonline.com}. */
    public String authority() {
        return authority;
    }

    public String graphResource() {
        return graph;
    }

    public String exchangeHost() {
        return exchangeHost;
    }

    public boolean isOpen() {
        return open;
    }

    /** Only the global authority is documented as valid for E-mail Server. */
    public boolean isDocumentedForEmailServer() {
        return this == GLOBAL;
    }

    /**
     * The cloud an authority typed by the admin belongs to, ignoring case, a trailing slash and a tenant
     * path. US Gov and DoD share one authority; it is read as {@link #US_GOV_GCC_HIGH}.
     */
    public static Optional<Cloud> ofAuthority(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(typed.strip());
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getPort() != -1) {
                return Optional.empty();
            }
            String origin = "https://" + uri.getHost().toLowerCase(Locale.ROOT);
            return Arrays.stream(values())
                    .filter(cloud -> cloud.authority.equals(origin) || cloud.otherAuthorities.contains(origin))
                    .findFirst();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
