package org.mailroom.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.nio.charset.StandardCharsets;
import org.mailroom.text.Text;

/**
 * Says in words what makes an import file not JSON. Jackson's own messages name its features and classes,
 * so the sentence comes from the bundle, chosen by the kind of failure and the character the parser stopped
 * at; Jackson's text goes nowhere near the admin.
 */
final class JsonSyntax {

    private JsonSyntax() {
    }

    /** @param bytes what Jackson parsed, as bytes (so its offsets point into them) */
    static String explain(JsonProcessingException failure, byte[] bytes) {
        if (failure instanceof JsonEOFException) {
            return Text.get("json.truncated");
        }
        String detail = failure.getOriginalMessage();
        if (detail != null && detail.startsWith("Duplicate field")) {
            return Text.get("json.duplicateKey", detail.replaceAll("^Duplicate field '(.*)'$", "$1"));
        }
        JsonLocation at = failure.getLocation();
        int offset = at == null ? -1 : (int) at.getByteOffset();
        return offset < 0 || offset >= bytes.length ? Text.get("json.notJson") : atCharacter(bytes, offset);
    }

    /** The parser stops at the character it could not take (or just after a number it could not take). */
    private static String atCharacter(byte[] bytes, int offset) {
        int c = bytes[offset] & 0xFF;
        int before = offset > 0 ? bytes[offset - 1] & 0xFF : -1;
        if (c == '/' || c == '#') {
            return Text.get("json.comment");
        }
        if (offset == contentStart(bytes)) {
            return Text.get("json.notJson"); // HTML, a CSV, a text: not JSON from the first character
        }
        if (c == '\'') {
            return Text.get("json.singleQuotes");
        }
        if (c == '}' || c == ']') {
            return Text.get(lastNonBlank(bytes, offset) == ',' ? "json.trailingComma" : "json.brackets");
        }
        if (before == '\\') {
            return Text.get("json.escape");
        }
        if (c < 0x20) {
            return Text.get("json.controlCharacter");
        }
        if (before == '+' || c == '+' || c == '.' || before == '0' && Character.isDigit(c)) {
            return Text.get("json.numberForm");
        }
        if (Character.isLetter(c) || c >= 0x80) {
            return Text.get("json.word", word(bytes, offset));
        }
        return Text.get("json.unexpected", new String(Character.toChars(c)));
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

    /** Where the JSON text starts: after blanks and a UTF-8 byte order mark; -1 for a blank text. */
    static int contentStart(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        for (int i = bom ? 3 : 0; i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return i;
            }
        }
        return -1;
    }
}
