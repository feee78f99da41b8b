package org.mailroom.oauth;

/**
 * One API permission as it appears in the app manifest. The same name exists on both resources with
 * different ids, so a permission is identified by (resource, id), never by name.
 *
 * @param documented true when the id comes from vendor documentation, false when only from third-party
 *                   material (facts sheet marks [doc] / [3rd]); the wizard can say how sure we are
 */
public record Permission(Resource resource, String name, String id, PermissionType type, boolean documented) {

    public String resourceAppId() {
        return resource.appId();
    }

    public String resourceName() {
        return resource.displayName();
    }

    /** "IMAP.AccessAsApp (application, Office 365 Exchange Online)" style label for lists and findings. */
    public String label() {
        return name + " (" + type + ", " + resource.displayName() + ")";
    }

    boolean sameEntry(String resourceAppId, String permissionId) {
        return resource.appId().equalsIgnoreCase(resourceAppId) && id.equalsIgnoreCase(permissionId);
    }
}
