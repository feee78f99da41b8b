package org.mailroom.oauth;

import static org.mailroom.oauth.PermissionType.Role;
import static org.mailroom.oauth.PermissionType.Scope;
import static org.mailroom.oauth.Resource.EXCHANGE_ONLINE;
import static org.mailroom.oauth.Resource.MICROSOFT_GRAPH;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every permission of the facts table (§4) and which ones each protocol needs with each grant. */
public final class PermissionCatalogue {

    public static final Permission GRAPH_USER_READ = p(MICROSOFT_GRAPH, "User.Read", "e1fe6dd8-ba31-4d61-89e7-88639da4683d", Scope, false);
    public static final Permission GRAPH_IMAP_USER = p(MICROSOFT_GRAPH, "IMAP.AccessAsUser.All", "652390e4-393a-48de-9484-05f9b1212954", Scope, false);
    public static final Permission GRAPH_POP_USER = p(MICROSOFT_GRAPH, "POP.AccessAsUser.All", "d7b7f2d9-0f45-4ea1-9d42-e50810c06991", Scope, false);
    public static final Permission GRAPH_SMTP_SEND = p(MICROSOFT_GRAPH, "SMTP.Send", "258f6531-6087-4cc4-bb90-092c5fb3ed3f", Scope, false);
    public static final Permission GRAPH_EWS_USER = p(MICROSOFT_GRAPH, "EWS.AccessAsUser.All", "9769c687-087d-48ac-9cb3-c37dde652038", Scope, false);
    public static final Permission GRAPH_OFFLINE_ACCESS = p(MICROSOFT_GRAPH, "offline_access", "7427e0e9-2fba-42fe-b0c0-848c9e6a8182", Scope, false);
    public static final Permission GRAPH_MAIL_READWRITE = p(MICROSOFT_GRAPH, "Mail.ReadWrite", "e2a3a72e-5f79-4c64-b1b1-878b674786c9", Role, false);
    public static final Permission GRAPH_MAIL_SEND = p(MICROSOFT_GRAPH, "Mail.Send", "b633e1c5-b582-4048-a93e-9f11b44c7e96", Role, false);
    public static final Permission GRAPH_MAIL_READ = p(MICROSOFT_GRAPH, "Mail.Read", "810c84a8-4a9e-49e6-bf7d-12d183f40d01", Role, false);
    public static final Permission EXO_EWS_USER = p(EXCHANGE_ONLINE, "EWS.AccessAsUser.All", "3b5f3d61-589b-4a3c-a359-5dd4b5ee5bd5", Scope, true);
    public static final Permission EXO_FULL_ACCESS_AS_APP = p(EXCHANGE_ONLINE, "full_access_as_app", "dc890d15-9560-4a4c-9b7f-a736ec74ec40", Role, true);
    public static final Permission EXO_IMAP_USER = p(EXCHANGE_ONLINE, "IMAP.AccessAsUser.All", "195adc35-e27b-454b-a7ed-1ecdffa1c09f", Scope, false);
    public static final Permission EXO_POP_USER = p(EXCHANGE_ONLINE, "POP.AccessAsUser.All", "fb698133-92fa-453e-a9ed-688e10f2e5ac", Scope, false);
    public static final Permission EXO_SMTP_SEND = p(EXCHANGE_ONLINE, "SMTP.Send", "76faac2a-0f20-42f1-928a-50de5b9dbe52", Scope, false);
    public static final Permission EXO_IMAP_APP = p(EXCHANGE_ONLINE, "IMAP.AccessAsApp", "5e5addcd-3e8d-4e90-baf5-964efab2b20a", Role, false);
    public static final Permission EXO_POP_APP = p(EXCHANGE_ONLINE, "POP.AccessAsApp", "cb842b43-da6e-4506-86fe-bb12199c656d", Role, false);
    public static final Permission EXO_SMTP_APP = p(EXCHANGE_ONLINE, "SMTP.SendAsApp", "7146a1f0-8703-45b3-9eae-527a64c00995", Role, false);

    public static final List<Permission> ALL = List.of(GRAPH_USER_READ, GRAPH_IMAP_USER, GRAPH_POP_USER, GRAPH_SMTP_SEND,
            GRAPH_EWS_USER, GRAPH_OFFLINE_ACCESS, GRAPH_MAIL_READWRITE, GRAPH_MAIL_SEND, GRAPH_MAIL_READ, EXO_EWS_USER,
            EXO_FULL_ACCESS_AS_APP, EXO_IMAP_USER, EXO_POP_USER, EXO_SMTP_SEND, EXO_IMAP_APP, EXO_POP_APP, EXO_SMTP_APP);

    /**
     * The standard OpenID Connect scopes, delegated permissions of Microsoft Graph that many manifests carry. None is
     * needed here: offline_access only brings refresh tokens (Microsoft's "Authenticate an IMAP, POP or SMTP
     * connection using OAuth": "you can also request the offline_access scope"), which E-mail Server does without —
     * the password grant signs in again with the password, client credentials never get one — and the spec lists
     * User.Read and the protocol's permission only.
     */
    public static final List<Permission> OPENID_SCOPES = List.of(
            p(MICROSOFT_GRAPH, "openid", "37f7f235-527c-4136-accd-4a02d197296e", Scope, false),
            p(MICROSOFT_GRAPH, "profile", "14dad69e-099b-42c9-810b-d002981feec1", Scope, false),
            p(MICROSOFT_GRAPH, "email", "64a6cdd6-aab1-4aaf-94b8-3cc8405e90d0", Scope, false),
            GRAPH_OFFLINE_ACCESS);

    /**
     * Delegated permissions sit under Exchange Online as the product documentation shows them, because the
     * token is for outlook.office.com. User.Read (the spec lists it for every protocol) comes first.
     */
    private static final Map<OAuthProtocol, List<Permission>> DELEGATED = Map.of(
            OAuthProtocol.IMAP, List.of(EXO_IMAP_USER),
            OAuthProtocol.POP3, List.of(EXO_POP_USER),
            OAuthProtocol.SMTP, List.of(EXO_SMTP_SEND),
            OAuthProtocol.EWS, List.of(EXO_EWS_USER),
            OAuthProtocol.GRAPH, List.of()); // Graph takes client credentials only: RegistrationRules refuses it

    private static final Map<OAuthProtocol, List<Permission>> APPLICATION = Map.of(
            OAuthProtocol.IMAP, List.of(EXO_IMAP_APP),
            OAuthProtocol.POP3, List.of(EXO_POP_APP),
            OAuthProtocol.SMTP, List.of(EXO_SMTP_APP),
            OAuthProtocol.EWS, List.of(EXO_FULL_ACCESS_AS_APP),
            OAuthProtocol.GRAPH, List.of(GRAPH_MAIL_READ, GRAPH_MAIL_READWRITE, GRAPH_MAIL_SEND));

    /** The delegated and application permission that do the same job, for "wrong type" findings. */
    private static final Map<Permission, Permission> COUNTERPARTS = Map.of(
            EXO_IMAP_USER, EXO_IMAP_APP, EXO_IMAP_APP, EXO_IMAP_USER,
            EXO_POP_USER, EXO_POP_APP, EXO_POP_APP, EXO_POP_USER,
            EXO_SMTP_SEND, EXO_SMTP_APP, EXO_SMTP_APP, EXO_SMTP_SEND,
            EXO_EWS_USER, EXO_FULL_ACCESS_AS_APP, EXO_FULL_ACCESS_AS_APP, EXO_EWS_USER);

    private PermissionCatalogue() {
    }

    /** The exact permissions the app needs, in manifest order, without duplicates. */
    public static List<Permission> required(Collection<OAuthProtocol> protocols, GrantType grant) {
        Set<Permission> needed = new LinkedHashSet<>();
        boolean delegated = grant == GrantType.PASSWORD;
        for (OAuthProtocol protocol : OAuthProtocol.values()) { // enum order keeps the list stable
            if (protocols.contains(protocol)) {
                needed.addAll(delegated ? DELEGATED.get(protocol) : APPLICATION.get(protocol));
            }
        }
        if (delegated && !needed.isEmpty()) {
            Set<Permission> withBasics = new LinkedHashSet<>(List.of(GRAPH_USER_READ));
            withBasics.addAll(needed);
            return List.copyOf(withBasics);
        }
        return List.copyOf(needed);
    }

    /** The permission behind (resourceAppId, id), the only safe way to identify one. */
    public static Optional<Permission> find(String resourceAppId, String id) {
        return ALL.stream().filter(p -> p.sameEntry(resourceAppId, id)).findFirst();
    }

    /** One of the standard OpenID Connect scopes (openid, profile, email, offline_access), by its entry. */
    public static Optional<Permission> openIdScope(String resourceAppId, String id) {
        return OPENID_SCOPES.stream().filter(p -> p.sameEntry(resourceAppId, id)).findFirst();
    }

    /** A catalogue permission with this id under any resource: finds ids pasted under the wrong resourceAppId. */
    public static Optional<Permission> findById(String id) {
        return ALL.stream().filter(p -> p.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The permission with the same name and type on the other resource, if the table has one. */
    public static Optional<Permission> onOtherResource(Permission permission) {
        return ALL.stream()
                .filter(p -> p.resource() != permission.resource() && p.name().equals(permission.name())
                        && p.type() == permission.type())
                .findFirst();
    }

    /** The permission of the other type that does the same job (IMAP.AccessAsUser.All vs IMAP.AccessAsApp). */
    public static Optional<Permission> counterpart(Permission permission) {
        return Optional.ofNullable(COUNTERPARTS.get(permission));
    }

    private static Permission p(Resource resource, String name, String id, PermissionType type, boolean documented) {
        return new Permission(resource, name, id, type, documented);
    }
}
