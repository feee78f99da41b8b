package org.mailroom.oauth;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.mailroom.text.Text;

/**
 * The text an admin pasted as the app's permissions, in whichever shape the docs and READMEs show it: the whole
 * exported manifest, the {@code "requiredResourceAccess": [...]} attribute (often with the comma that followed it),
 * the array alone, one or more of its elements ("add this inside the square brackets"), or an application as
 * Microsoft Graph returns it ({@code GET /applications/{id}} or the {@code value} list of {@code GET /applications}).
 */
final class PastedManifest {

    /** Trailing commas and comments are how fragments copied from docs look; the JSON is otherwise standard. */
    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final String ATTRIBUTE = "requiredResourceAccess";

    /**
     * @param elements the requiredResourceAccess elements read, each {resourceAppId, resourceAccess}
     * @param read     which shape was read, for the admin
     * @param partial  only some elements were pasted: a permission of another resource cannot be seen
     */
    record Read(List<JsonNode> elements, String read, boolean partial) {
    }

    /** Text that is none of the shapes; the message says what was seen and what to paste instead. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean unparsable;

        Refused(String message, boolean unparsable) {
            super(message);
            this.unparsable = unparsable;
        }

        boolean unparsable() {
            return unparsable;
        }
    }

    private PastedManifest() {
    }

    static Read read(String pasted) throws Refused {
        String text = pasted == null ? "" : pasted.strip();
        if (text.isEmpty()) {
            throw new Refused(Text.get("oauth.manifest.noRequiredResourceAccess"), false);
        }
        // a fragment is made whole by what surrounded it: an attribute by braces, elements (and the rest) by brackets
        boolean attribute = text.startsWith("\"");
        JsonNode wrapped = parse(attribute ? "{" + text + "}" : "[" + text + "]");
        if (attribute) {
            return ofArray(wrapped.get(ATTRIBUTE), Text.get("oauth.manifest.read.attribute"), false);
        }
        if (wrapped.size() > 1) {
            return ofElements(wrapped);
        }
        JsonNode root = wrapped.get(0);
        if (root.isArray()) {
            return ofArray(root, Text.get("oauth.manifest.read.array"), false);
        }
        if (root.has("resourceAppId")) {
            return ofElements(wrapped);
        }
        if (root.path("value").isArray()) {
            return ofGraphList(root.get("value"));
        }
        // what Microsoft Graph returns names its context; the portal's Manifest page does not
        String key = root.has("@odata.context") ? "oauth.manifest.read.graphApplication" : "oauth.manifest.read.manifest";
        return ofArray(root.get(ATTRIBUTE), Text.get(key, name(root)), false);
    }

    private static JsonNode parse(String text) throws Refused {
        try {
            return LENIENT.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            // the wrapping character sits before the first line's text
            int column = at == null ? 1 : Math.max(1, at.getColumnNr() - (line == 1 ? 1 : 0));
            throw new Refused(Text.get("oauth.manifest.unparsable", line, column), true);
        }
    }

    private static Read ofArray(JsonNode array, String read, boolean partial) throws Refused {
        if (array == null || !array.isArray()) {
            throw new Refused(Text.get("oauth.manifest.noRequiredResourceAccess"), false);
        }
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        if (elements.stream().anyMatch(e -> !e.has("resourceAppId") && (e.has("id") || e.has("type")))) {
            throw new Refused(Text.get("oauth.manifest.resourceAccessOnly"), false);
        }
        return new Read(elements, read, partial);
    }

    private static Read ofElements(JsonNode elements) throws Refused {
        for (JsonNode element : elements) {
            if (!element.has("resourceAppId")) {
                throw new Refused(Text.get("oauth.manifest.noRequiredResourceAccess"), false);
            }
        }
        return ofArray(elements, Text.get("oauth.manifest.read.elements", elements.size()), true);
    }

    /** GET /applications: the one application in it; with several, which one is the admin's to say. */
    private static Read ofGraphList(JsonNode applications) throws Refused {
        List<JsonNode> withPermissions = new ArrayList<>();
        applications.forEach(app -> {
            if (app.has(ATTRIBUTE)) {
                withPermissions.add(app);
            }
        });
        if (withPermissions.size() != 1) {
            String names = withPermissions.stream().map(PastedManifest::name).collect(Collectors.joining(", "));
            throw new Refused(withPermissions.isEmpty() ? Text.get("oauth.manifest.noRequiredResourceAccess")
                    : Text.get("oauth.manifest.severalApplications", withPermissions.size(), names), false);
        }
        JsonNode app = withPermissions.get(0);
        return ofArray(app.get(ATTRIBUTE), Text.get("oauth.manifest.read.graphList", name(app)), false);
    }

    /** "Mailroom mail (appId 6731de76-…)", or what of it there is. */
    private static String name(JsonNode app) {
        String displayName = app.path("displayName").asText("");
        String appId = app.path("appId").asText("");
        if (displayName.isEmpty()) {
            return appId.isEmpty() ? Text.get("oauth.manifest.read.unnamed") : appId;
        }
        return appId.isEmpty() ? displayName : Text.get("oauth.manifest.read.named", displayName, appId);
    }
}
