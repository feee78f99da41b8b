package org.mailroom.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Every sentence Mailroom shows comes from one resource bundle, looked up by dotted feature keys. */
public final class Text {

    public static final String BUNDLE_NAME = "org.mailroom.messages";
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(BUNDLE_NAME);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private Text() {
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }

    /**
     * The text for {@code key}, with {@code {0}}-style placeholders filled from {@code args}. A text with
     * placeholders is a {@link MessageFormat} pattern (an apostrophe is written {@code ''}); a text without
     * any is shown exactly as written, whatever the caller passes.
     */
    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        if (!hasPlaceholders(pattern)) {
            return pattern;
        }
        // parsed once per text and locale: parsing a pattern costs more than filling it in
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        MessageFormat format = FORMATS.compute(pattern, (text, known) -> known != null && known.getLocale().equals(locale)
                ? known : new MessageFormat(text, locale));
        synchronized (format) { // a MessageFormat is not safe for two threads at once
            return format.format(args);
        }
    }

    /**
     * What an enum constant is called on screen, from {@code enum.<Type>.<CONSTANT>}: a list, a cell or a
     * summary never shows a constant such as {@code US_GOV_GCC_HIGH}.
     */
    public static String of(Enum<?> constant) {
        return BUNDLE.getString("enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    /** Whether the text is a pattern: it has a {@code {0}}-style placeholder. */
    public static boolean hasPlaceholders(String text) {
        return PLACEHOLDER.matcher(text).find();
    }
}
