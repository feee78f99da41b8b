package org.mailroom.oauth;

import java.util.Arrays;
import java.util.Optional;

/** The two resource apps whose permissions E-mail Server needs, by their well-known resourceAppId. */
public enum Resource {
    MICROSOFT_GRAPH("00000003-0000-0000-c000-000000000000", "Microsoft Graph"),
    EXCHANGE_ONLINE("00000002-0000-0ff1-ce00-000000000000", "Office 365 Exchange Online");

    private final String appId;
    private final String displayName;

    Resource(String appId, String displayName) {
        this.appId = appId;
        this.displayName = displayName;
    }

    public String appId() {
        return appId;
    }

    /** The name the Azure portal shows under "API permissions". */
    public String displayName() {
        return displayName;
    }

    public static Optional<Resource> ofAppId(String appId) {
        return Arrays.stream(values()).filter(r -> r.appId.equalsIgnoreCase(appId)).findFirst();
    }
}
