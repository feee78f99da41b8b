package org.mailroom.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
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
    record Parsed(JsonNode root, Map<String, TextPosition> locations) {

        ImportProblem problem(String pointer, String message) {
            TextPosition at = locations.get(pointer);
            return at == null
                    ? new ImportProblem(pointer, 0, 0, message)
                    : new ImportProblem(pointer, at.line(), at.column(), message);
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
        if (attributes.isDirectory()) {
            throw rejected("", 0, 0, Text.get("files.read.isFolder", file));
        }
        if (!attributes.isRegularFile()) {
            throw rejected("", 0, 0, attributes.isDirectory() ? Text.get("files.read.isFolder", file) : Text.get("io.problem.notAFile", file));
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

    /**
     * Jackson reads the bytes itself, so it skips a UTF-8 byte order mark as editors on Windows write one;
     * the positions it reports in bytes become the lines and columns (in characters) an editor shows.
     */
    static Parsed read(byte[] bytes) throws ImportRejectedException {
        if (bytes.length > WorkspaceJson.MAX_FILE_BYTES) {
            throw rejected("", 0, 0, Text.get("io.problem.tooLarge", bytes.length / MEGABYTE, WorkspaceJson.MAX_FILE_BYTES / MEGABYTE));
        }
        checkUtf8(bytes);
        Map<String, TextPosition> locations = new HashMap<>();
        TextPosition.Counter positions = new TextPosition.Counter(bytes);
        try (JsonParser parser = WorkspaceJson.MAPPER.createParser(bytes)) {
            // NaN and Infinity are read as numbers only to be refused below at their own place, in words
            parser.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature());
            int depth = 0;
            boolean rootRead = false;
            try {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    String pointer = parser.getParsingContext().pathAsPointer().toString();
                    if (depth == 0 && rootRead) {
                        throw rejected("", positions.at(parser.currentTokenLocation()), Text.get("io.problem.secondValue"));
                    }
                    if (token == JsonToken.VALUE_STRING) {
                        parser.getText(); // Jackson checks a string's length when it is read, so read it here
                    }
                    if (token == JsonToken.VALUE_NUMBER_FLOAT && parser.isNaN()) {
                        throw rejected(pointer, positions.at(parser.currentTokenLocation()), Text.get("io.problem.notANumber", parser.getText()));
                    }
                    if (!token.isStructEnd()) {
                        locations.putIfAbsent(pointer, positions.at(parser.currentTokenLocation()));
                    }
                    depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                    rootRead = depth == 0;
                }
            } catch (JsonProcessingException e) {
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                // whatever follows the workspace's closing brace, it is one thing too many
                String message = rootRead ? Text.get("io.problem.secondValue") : syntaxMessage(e, bytes);
                throw rejected(pointer, e.getLocation() == null ? null : positions.at(e.getLocation()), message);
            }
            if (locations.isEmpty()) {
                throw rejected("", 0, 0, Text.get("io.problem.empty"));
            }
            return new Parsed(WorkspaceJson.MAPPER.readTree(bytes), locations);
        } catch (IOException e) {
            // the bytes were read through once already: only a limit or a bug can land here
            throw rejected("", 0, 0, Text.get("io.problem.unreadable"));
        }
    }

    /** What goes beyond a safety limit (Jackson names the limit only in its message), or what is not JSON. */
    private static String syntaxMessage(JsonProcessingException e, byte[] bytes) {
        if (!(e instanceof StreamConstraintsException limit)) {
            return JsonSyntax.explain(e, bytes);
        }
        String detail = limit.getOriginalMessage();
        if (detail.contains("nesting depth")) {
            return Text.get("io.problem.tooDeep", WorkspaceJson.MAX_DEPTH);
        }
        if (detail.contains("String value length")) {
            return Text.get("io.problem.stringTooLong", WorkspaceJson.MAX_STRING_LENGTH);
        }
        if (detail.contains("Number value length")) {
            return Text.get("io.problem.numberTooLong");
        }
        return Text.get("io.problem.limit");
    }

    /** The JDK's strict decoder finds the first byte that is not UTF-8; its line and column are counted here. */
    private static void checkUtf8(byte[] bytes) throws ImportRejectedException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw rejected("", new TextPosition.Counter(bytes).at(offset), Text.get("io.problem.notUtf8", offset));
        }
    }

    private static ImportRejectedException rejected(String pointer, TextPosition at, String message) {
        return at == null ? rejected(pointer, 0, 0, message) : rejected(pointer, at.line(), at.column(), message);
    }

    private static ImportRejectedException rejected(String pointer, int line, int column, String message) {
        return new ImportRejectedException(List.of(new ImportProblem(pointer, line, column, message)));
    }
}
