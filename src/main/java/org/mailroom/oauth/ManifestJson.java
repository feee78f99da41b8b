package org.mailroom.oauth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Generates the manifest's {@code requiredResourceAccess} for the chosen protocols and grant. */
public final class ManifestJson {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestJson() {
    }

    /** {@code "requiredResourceAccess": [...]}, ready to paste over the same attribute of the app's manifest. */
    public static String requiredResourceAccess(Collection<OAuthProtocol> protocols, GrantType grant) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("requiredResourceAccess", requiredResourceAccessArray(PermissionCatalogue.required(protocols, grant)));
        return write(root);
    }

    static ArrayNode requiredResourceAccessArray(List<Permission> permissions) {
        Map<Resource, ArrayNode> byResource = new LinkedHashMap<>();
        for (Permission permission : permissions) {
            ObjectNode access = MAPPER.createObjectNode();
            access.put("id", permission.id());
            access.put("type", permission.type().name());
            byResource.computeIfAbsent(permission.resource(), r -> MAPPER.createArrayNode()).add(access);
        }
        ArrayNode array = MAPPER.createArrayNode();
        byResource.forEach((resource, accesses) -> {
            ObjectNode entry = array.addObject();
            entry.put("resourceAppId", resource.appId());
            entry.set("resourceAccess", accesses);
        });
        return array;
    }

    private static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree we built ourselves always serializes
        }
    }
}
