package org.mailroom.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mailroom.domain.AdminMessage;
import org.mailroom.domain.Violation;
import org.mailroom.text.Text;

/**
 * Collects the problems of one import file, each placed at its JSON Pointer and so at its line. Binds
 * items to their DTOs with Jackson and turns Jackson's complaint into the bundle's words.
 */
final class Problems {

    private final ImportReader.Parsed parsed;
    private final List<ImportProblem> found = new ArrayList<>();

    Problems(ImportReader.Parsed parsed) {
        this.parsed = parsed;
    }

    void add(String pointer, String message) {
        found.add(parsed.problem(pointer, message));
    }

    void add(String pointer, Violation violation) {
        add(pointer, violation.message());
    }

    /** Adds "required" for a missing value; true when it is there. */
    boolean require(String pointer, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            add(pointer, Text.get("io.problem.required"));
            return false;
        }
        return true;
    }

    int count() {
        return found.size();
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<ImportProblem> list() {
        return List.copyOf(found);
    }

    /** The node as a {@code type}, or a problem at the exact field Jackson stumbled on. */
    <T> Optional<T> bind(JsonNode node, String pointer, Class<T> type) {
        try {
            return Optional.of(WorkspaceJson.MAPPER.treeToValue(node, type));
        } catch (JsonMappingException e) {
            add(pointer + relative(e.getPath()), mappingMessage(e));
        } catch (InputCoercionException e) {
            JsonParser parser = e.getProcessor();
            String at = parser == null ? "" : parser.getParsingContext().pathAsPointer().toString();
            add(pointer + at, Text.get("io.problem.outOfRange"));
        } catch (JsonProcessingException e) {
            add(pointer, Text.get("io.problem.wrongKind"));
        }
        return Optional.empty();
    }

    private static String relative(Collection<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            pointer.append('/').append(reference.getFieldName() != null
                    ? reference.getFieldName().replace("~", "~0").replace("/", "~1")
                    : Integer.toString(reference.getIndex()));
        }
        return pointer.toString();
    }

    private static String mappingMessage(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Text.get("io.problem.unknownField", unknown.getPropertyName());
        }
        if (e.getCause() instanceof InputCoercionException) {
            return Text.get("io.problem.outOfRange"); // 99999999999 for a port: a whole number, too large for any
        }
        if (e.getCause() instanceof AdminMessage refusal) {
            return refusal.getMessage(); // a value a domain record refused, in the rule's own words
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return Text.get("io.problem.wrongKind");
        }
        if (target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(c -> "\"" + ((Enum<?>) c).name() + "\"").collect(Collectors.joining(", "));
            return Text.get("io.problem.oneOf", allowed);
        }
        if (target == Integer.class || target == int.class) {
            boolean whole = e instanceof InvalidFormatException invalid && !(invalid.getValue() instanceof Double)
                    && !(invalid.getValue() instanceof BigDecimal) && !(invalid.getValue() instanceof String);
            return whole ? Text.get("io.problem.outOfRange") : Text.get("io.problem.wholeNumber");
        }
        if (target == String.class) {
            return Text.get("io.problem.text");
        }
        if (target == Boolean.class || target == boolean.class) {
            return Text.get("io.problem.trueFalse");
        }
        if (Collection.class.isAssignableFrom(target)) {
            return Text.get("io.problem.list");
        }
        return Text.get("io.problem.object");
    }
}
