package org.mailroom.oauth;

import org.mailroom.domain.Cloud;
import java.util.EnumSet;
import java.util.Set;
import org.mailroom.domain.Names;

/**
 * The Azure app registration E-mail Server signs in with; one app can serve all mailboxes of a company.
 *
 * @param name        the display name in Azure, only to recognise it
 * @param clientId    Application (client) ID, a GUID
 * @param tenant      Directory (tenant) ID: a GUID, a verified domain name or {@code organizations}
 * @param cloud       which Microsoft cloud signs in
 * @param accountType single or multitenant, as chosen when registering
 * @param grant       password grant (ROPC) or client credentials
 * @param protocols   what E-mail Server reaches Exchange Online with
 */
public record AzureAppRegistration(String name, String clientId, String tenant, Cloud cloud, AccountType accountType,
                                   GrantType grant, Set<OAuthProtocol> protocols) {

    public AzureAppRegistration {
        protocols = protocols == null || protocols.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(protocols));
    }

    /** e.g. {@code https://login.microsoftonline.com/contoso.onmicrosoft.com}, what msal4j is built with. */
    public String authorityWithTenant() {
        return cloud.authority() + "/" + tenant;
    }

    /** The same registration with its name as {@link Names#normalize} shows it, GUIDs and domain lower-cased and braces or blanks around them removed. */
    public AzureAppRegistration normalized() {
        return new AzureAppRegistration(name == null ? null : Names.normalize(name), RegistrationRules.normalizeGuid(clientId),
                RegistrationRules.normalizeTenant(tenant), cloud, accountType, grant, protocols);
    }
}
