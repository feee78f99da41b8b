package org.mailroom.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.mailroom.domain.Names;

/**
 * One item as it is at a moment: its kind, its id in the workspace (0 for an item of a file), its name and its
 * fields in the order they are shown, each as the text an admin reads (never a secret).
 *
 * @param fields by field key ({@code history.field.<key>} names it), the value as shown
 */
public record ItemVersion(ItemType type, long id, String name, Map<String, String> fields) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };

    public ItemVersion {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** What matches the item in another workspace: its kind and its name, compared as the workspace compares names. */
    public String nameKey() {
        return type + ":" + Names.normalize(name).toUpperCase(Locale.ROOT);
    }

    /** What matches the item in the same workspace: its kind and id (a renamed item is the same item). */
    public String idKey() {
        return type + "#" + id;
    }

    /** The value of a field, or "" when the version has no such field. */
    public String field(String key) {
        return fields.getOrDefault(key, "");
    }

    /** The name and fields as a JSON object, as the history and handovers keep them. */
    public String fieldsJson() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("name", name);
        all.putAll(fields);
        try {
            return JSON.writeValueAsString(all);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always writes", e);
        }
    }

    /** The version from what {@link #fieldsJson()} wrote ({@code name} when it holds none). */
    public static ItemVersion fromJson(ItemType type, long id, String name, String json) {
        try {
            LinkedHashMap<String, String> all = JSON.readValue(json, FIELDS);
            String kept = all.remove("name");
            return new ItemVersion(type, id, kept == null ? name : kept, all);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the history holds only what fieldsJson wrote", e);
        }
    }
}
