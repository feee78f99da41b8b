package org.mailroom.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.nio.charset.StandardCharsets;
import org.mailroom.text.Text;

/**
 * Says in words what makes a file not JSON. Jackson's own messages name its features and classes, so
 * the sentence comes from the bundle, chosen by the kind of failure and the character the parser
 * stopped at; Jackson's text goes nowhere near the admin.
 */
final class JsonSyntax {

    private JsonSyntax() {
    }

    static String explain(Exception failure, byte[] bytes) {
        if (failure instanceof JsonEOFException) {
            return Text.get("io.problem.truncated");
        }
        if (failure instanceof StreamConstraintsException limit) {
            return limit(limit.getOriginalMessage());
        }
        if (!(failure instanceof JsonProcessingException syntax)) {
            return Text.get("io.problem.unreadable");
        }
        String detail = syntax.getOriginalMessage();
        if (detail != null && detail.startsWith("Duplicate field")) {
            return Text.get("io.problem.duplicateKey", detail.replaceAll("^Duplicate field '(.*)'$", "$1"));
        }
        JsonLocation at = syntax.getLocation();
        int offset = at == null ? -1 : (int) at.getByteOffset();
        return offset < 0 || offset >= bytes.length ? Text.get("io.problem.notJson") : atCharacter(bytes, offset);
    }

    /** The parser stops at the character it could not take (or just after a number it could not take). */
    private static String atCharacter(byte[] bytes, int offset) {
        int c = bytes[offset] & 0xFF;
        int before = offset > 0 ? bytes[offset - 1] & 0xFF : -1;
        if (c == '/' || c == '#') {
            return Text.get("io.problem.comment");
        }
        if (offset == TextPosition.contentStart(bytes)) {
            return Text.get("io.problem.notJson"); // HTML, a CSV, a text: not JSON from the first character
        }
        if (c == '\'') {
            return Text.get("io.problem.singleQuotes");
        }
        if (c == '}' || c == ']') {
            return Text.get(lastNonBlank(bytes, offset) == ',' ? "io.problem.trailingComma" : "io.problem.brackets");
        }
        if (before == '\\') {
            return Text.get("io.problem.escape");
        }
        if (c < 0x20) {
            return Text.get("io.problem.controlCharacter");
        }
        if (before == '+' || c == '+' || c == '.' || before == '0' && Character.isDigit(c)) {
            return Text.get("io.problem.numberForm");
        }
        if (Character.isLetter(c) || c >= 0x80) {
            return Text.get("io.problem.word", word(bytes, offset));
        }
        return Text.get("io.problem.unexpected", new String(Character.toChars(c)));
    }

    /** What goes beyond a safety limit: Jackson names the limit only in its message. */
    private static String limit(String detail) {
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

    private static String word(byte[] bytes, int offset) {
        int end = offset;
        while (end < bytes.length && end - offset < 20 && (Character.isLetterOrDigit(bytes[end]) || (bytes[end] & 0x80) != 0)) {
            end++;
        }
        return new String(bytes, offset, Math.max(end - offset, 1), StandardCharsets.UTF_8);
    }

    private static int lastNonBlank(byte[] bytes, int offset) {
        for (int i = offset - 1; i >= 0; i--) {
            if (!Character.isWhitespace(bytes[i])) {
                return bytes[i];
            }
        }
        return -1;
    }
}
