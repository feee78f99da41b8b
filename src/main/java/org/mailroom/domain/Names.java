package org.mailroom.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Names as the admin sees them (applications, Business Attribute folders and attributes, app registrations, display
 * names). A name is kept in Unicode's compatibility form (NFKC: "é" typed as e + accent, or "ﬁ", are stored as the one
 * character they look like) and compared in capitals, so two names that look alike are the same name. Invisible
 * characters and text-direction controls make different names look alike, or a name read otherwise than it is
 * stored: a name is refused with them, and a name already stored with them (from before this rule) loses them.
 */
public final class Names {

    /** Shown as nothing, yet not format characters (Cf): Hangul fillers, the Braille blank, and line breaks of their own. */
    private static final Set<Integer> ALSO_INVISIBLE = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x034F, 0x2028, 0x2029);
    /** Marks without a glyph that steer the text direction (besides the embeddings, overrides and isolates). */
    private static final Set<Integer> DIRECTION_MARKS = Set.of(0x200E, 0x200F, 0x061C);

    private Names() {
    }

    /** The form a name is stored and shown in: NFKC, without invisible characters or direction controls, stripped. */
    public static String normalize(String name) {
        StringBuilder visible = new StringBuilder(name.length());
        Normalizer.normalize(name, Normalizer.Form.NFKC).codePoints()
                .filter(c -> !isInvisible(c) && !isDirectionControl(c))
                .forEach(visible::appendCodePoint);
        return visible.toString().strip();
    }

    /** The form names are compared in: normalized, in capitals (so unique ignoring case). */
    public static String key(String name) {
        return normalize(name).toUpperCase(Locale.ROOT);
    }

    /** The first invisible character or direction control of {@code name}, named (e.g. "U+200B zero width space"). */
    public static Optional<Violation> checkCharacters(String name, Field field) {
        return name.codePoints()
                .filter(c -> isInvisible(c) || isDirectionControl(c))
                .mapToObj(c -> Violation.of(field, isDirectionControl(c) ? "rule.nameDirection" : "rule.nameInvisible",
                        String.format(Locale.ROOT, "U+%04X %s", c, Character.getName(c).toLowerCase(Locale.ROOT))))
                .findFirst();
    }

    private static boolean isDirectionControl(int c) {
        return DIRECTION_MARKS.contains(c) || switch (Character.getDirectionality(c)) {
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING, Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
                 Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE, Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
                 Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT, Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
                 Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE, Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE,
                 Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> true;
            default -> false;
        };
    }

    /** Format characters (zero-width space and joiners, the byte-order mark, soft hyphen...), variation selectors, fillers. */
    private static boolean isInvisible(int c) {
        return Character.getType(c) == Character.FORMAT || ALSO_INVISIBLE.contains(c)
                || c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF;
    }
}
