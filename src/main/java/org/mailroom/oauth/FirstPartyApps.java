package org.mailroom.oauth;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Client IDs of Microsoft's own apps that admins copy from sign-in logs, docs and scripts. None of them is the
 * customer's registration: E-mail Server must sign in with the app registered for it (facts §4).
 */
public final class FirstPartyApps {

    private static final Map<String, String> NAMES = Map.of(
            "de8bc8b5-d9f9-48b1-a8ad-b748da725064", "Graph Explorer",
            "04b07795-8ddb-461a-bbee-02f9e1bf7b46", "Azure CLI",
            "1950a258-227b-4e31-a9cf-717495945fc2", "Azure PowerShell",
            "d3590ed6-52b3-4102-aeff-aad2292ab01c", "Microsoft Office",
            "14d82eec-204b-4c2f-b7e8-296a70dab67e", "Microsoft Graph PowerShell",
            "fb78d390-0c51-40cd-8e17-fdbfab77341b", "Exchange Online PowerShell",
            "1fec8e78-bce4-4aaf-ab1b-5451cc387264", "Microsoft Teams");

    private FirstPartyApps() {
    }

    /** The Microsoft app a client ID belongs to, if it is one of the well-known ones. */
    public static Optional<String> nameOf(String clientId) {
        if (clientId == null) {
            return Optional.empty();
        }
        String id = clientId.strip().toLowerCase(Locale.ROOT).replace("{", "").replace("}", "");
        // the resources' own ids (Microsoft Graph, Office 365 Exchange Online) are pasted as client IDs too
        return Optional.ofNullable(NAMES.get(id)).or(() -> Resource.ofAppId(id).map(Resource::displayName));
    }
}
