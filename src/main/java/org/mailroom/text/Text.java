package org.mailroom.text;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Every sentence Mailroom shows comes from one resource bundle, looked up by dotted feature keys. */
public final class Text {

    public static final String BUNDLE_NAME = "org.mailroom.messages";
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(BUNDLE_NAME);

    private Text() {
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }

    /** The text for {@code key}, with {@code {0}}-style placeholders filled from {@code args}. */
    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }
}
