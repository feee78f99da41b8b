package org.mailroom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, without initializing, the UI classes the first window needs, on a spare core while the
 * toolkit starts: reading and verifying ~1,500 classes was a large part of building the window.
 * The list is a plain resource recorded from a real start; names that no longer exist are skipped.
 */
final class ClassPreloader {

    private static final String LIST = "preload-classes.txt";

    private ClassPreloader() {
    }

    static void preload() {
        ClassLoader loader = ClassPreloader.class.getClassLoader();
        try (InputStream in = ClassPreloader.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return;
            }
            BufferedReader names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = names.readLine(); name != null; name = names.readLine()) {
                try {
                    Class.forName(name.strip(), false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // a renamed class only costs its own load time later
                }
            }
        } catch (IOException e) {
            // preloading is an optimization; the window loads what it needs anyway
        }
    }
}
