package org.mailroom.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/** Decodes the payload of a JWT (header.payload.signature, base64url) into {@link TokenClaims}; no signature check. */
public final class JwtClaims {

    private JwtClaims() {
    }

    /** @throws IllegalArgumentException when the text is not a JWT (for example an opaque token) */
    public static TokenClaims decode(String jwt) {
        String[] parts = jwt == null ? new String[0] : jwt.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a JWT: " + parts.length + " parts");
        }
        try {
            byte[] json = Base64.getUrlDecoder().decode(parts[1]);
            JsonNode payload = ManifestJson.MAPPER.readTree(new String(json, StandardCharsets.UTF_8));
            return new TokenClaims(
                    text(payload, "aud"),
                    words(payload.path("scp").asText("")),
                    list(payload.path("roles")),
                    text(payload, "tid"),
                    payload.hasNonNull("appid") ? text(payload, "appid") : text(payload, "azp"),
                    payload.hasNonNull("exp") ? Instant.ofEpochSecond(payload.get("exp").asLong()) : null,
                    payload.hasNonNull("upn") ? text(payload, "upn") : text(payload, "preferred_username"));
        } catch (IOException | IllegalArgumentException e) {
            // never put the token itself into the message
            throw new IllegalArgumentException("the token payload is not base64url JSON", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isArray()) { // aud may be an array in some tokens
            return value.size() == 0 ? null : value.get(0).asText();
        }
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
    }

    private static List<String> list(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
