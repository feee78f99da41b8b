package org.mailroom.domain;

import java.util.Locale;

/** The Microsoft clouds, each with its sign-in authority and the hosts its tokens are for (facts sheet §4). */
public enum Cloud {
    GLOBAL("https://login.microsoftonline.com", "https://graph.microsoft.com", "outlook.office365.com", true),
    US_GOV_GCC_HIGH("https://login.microsoftonline.us", "https://graph.microsoft.us", "outlook.office365.us", true),
    US_DOD("https://login.microsoftonline.us", "https://dod-graph.microsoft.us", "outlook-dod.office365.us", true),
    CHINA("https://login.chinacloudapi.cn", "https://microsoftgraph.chinacloudapi.cn", "partner.outlook.cn", true),
    /** Microsoft Cloud Deutschland closed on 2021-10-29; kept only to recognise and refuse it. */
    GERMANY("https://login.microsoftonline.de", "https://graph.microsoft.de", "outlook.office.de", false);

    private final String authority;
    private final String graph;
    private final String exchangeHost;
    private final boolean open;

    Cloud(String authority, String graph, String exchangeHost, boolean open) {
        this.authority = authority;
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
     * Any Exchange Online host of an open cloud, or one of the aliases Microsoft's pages and admins use for the same
     * service (outlook.office.com, *.outlook.com, the SMTP submission hosts).
     */
    public static boolean isExchangeOnlineHost(String host) {
        String name = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        if (name.equals("outlook.office.com") || name.equals("outlook.com") || name.endsWith(".outlook.com")
                || name.equals("smtp.office365.com") || name.equals("smtp.office365.us") || name.equals("smtp.partner.outlook.cn")) {
            return true;
        }
        for (Cloud cloud : values()) {
            if (cloud.open && cloud.exchangeHost.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
