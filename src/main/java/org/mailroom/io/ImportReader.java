package org.mailroom.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mailroom.text.Text;

/**
 * First stage of an import: size, UTF-8 and JSON syntax, each refused with where it went wrong. A
 * streaming pass notes where every value starts, so later problems can name a line and column too.
 */
final class ImportReader {

    /** The parsed file and where each value (by JSON Pointer) starts. */
    record Parsed(JsonNode root, Map<String, JsonLocation> locations) {

        ImportProblem problem(String pointer, String message) {
            JsonLocation at = locations.get(pointer);
            return at == null
                    ? new ImportProblem(pointer, 0, 0, message)
                    : new ImportProblem(pointer, at.getLineNr(), at.getColumnNr(), message);
        }
    }

    private static final long MEGABYTE = 1024 * 1024;

    private ImportReader() {
    }

    /**
     * Reads a regular file only (a device or a named pipe would never end, or block), and at most
     * {@link WorkspaceJson#MAX_FILE_BYTES} of it, counted while reading: the size asked first may grow.
     */
    static Parsed read(Path file) throws IOException, ImportRejectedException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw rejected("", 0, 0, Text.get("io.problem.notAFile", file));
        }
        if (attributes.size() > WorkspaceJson.MAX_FILE_BYTES) {
            throw rejected("", 0, 0, Text.get("io.problem.tooLarge", attributes.size() / MEGABYTE, WorkspaceJson.MAX_FILE_BYTES / MEGABYTE));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file);
        }
    }

    static Parsed read(InputStream in, Path file) throws IOException, ImportRejectedException {
        byte[] bytes = in.readNBytes(Math.toIntExact(WorkspaceJson.MAX_FILE_BYTES + 1));
        if (bytes.length > WorkspaceJson.MAX_FILE_BYTES) {
            throw rejected("", 0, 0, Text.get("io.problem.grewTooLarge", file, WorkspaceJson.MAX_FILE_BYTES / MEGABYTE));
        }
        return read(bytes);
    }

    static Parsed read(byte[] bytes) throws ImportRejectedException {
        if (bytes.length > WorkspaceJson.MAX_FILE_BYTES) {
            throw rejected("", 0, 0, Text.get("io.problem.tooLarge", bytes.length / MEGABYTE, WorkspaceJson.MAX_FILE_BYTES / MEGABYTE));
        }
        String text = decodeUtf8(bytes);
        Map<String, JsonLocation> locations = new HashMap<>();
        try (JsonParser parser = WorkspaceJson.MAPPER.createParser(text)) {
            try {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (token == JsonToken.VALUE_STRING) {
                        parser.getText(); // Jackson checks a string's length when it is read, so read it here
                    }
                    if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                        locations.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(), parser.currentTokenLocation());
                    }
                }
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                throw rejected(pointer, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), syntaxMessage(e));
            }
            if (locations.isEmpty()) {
                throw rejected("", 0, 0, Text.get("io.problem.empty"));
            }
            return new Parsed(WorkspaceJson.MAPPER.readTree(text), locations);
        } catch (IOException e) {
            throw rejected("", 0, 0, Text.get("io.problem.syntax", e.getMessage()));
        }
    }

    /** Jackson's own words stay as a detail; what the admin reads first comes from the bundle. */
    private static String syntaxMessage(JsonProcessingException e) {
        String detail = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (detail.contains("nesting depth")) {
                return Text.get("io.problem.tooDeep", WorkspaceJson.MAX_DEPTH);
            }
            if (detail.contains("String value length")) {
                return Text.get("io.problem.stringTooLong", WorkspaceJson.MAX_STRING_LENGTH);
            }
            if (detail.contains("Number value length")) {
                return Text.get("io.problem.numberTooLong");
            }
            return Text.get("io.problem.limit", detail);
        }
        if (e instanceof JsonEOFException) {
            return Text.get("io.problem.truncated");
        }
        if (detail.startsWith("Duplicate field")) {
            return Text.get("io.problem.duplicateKey", detail.replaceAll("^Duplicate field '(.*)'$", "$1"));
        }
        return Text.get("io.problem.syntax", detail);
    }

    /** The JDK's strict decoder finds the first byte that is not UTF-8; its line and column are counted here. */
    private static String decodeUtf8(byte[] bytes) throws ImportRejectedException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw rejected("", line, offset - lineStart + 1, Text.get("io.problem.notUtf8", offset));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static ImportRejectedException rejected(String pointer, int line, int column, String message) {
        return new ImportRejectedException(List.of(new ImportProblem(pointer, line, column, message)));
    }
}
