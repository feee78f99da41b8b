package org.mailroom.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small per-user UI state remembered between sessions (window bounds, last filter and search): a
 * properties file in the data folder, read once at start and written at exit.
 */
public final class WindowState {

    private static final Logger LOG = LoggerFactory.getLogger(WindowState.class);

    private final Path file;
    private final Properties values = new Properties();

    public WindowState(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Window state {} unreadable; starting with defaults", file, e);
            }
        }
    }

    public String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public double get(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, String.valueOf(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void put(String key, Object value) {
        values.setProperty(key, String.valueOf(value));
    }

    /** Writes the state; a failure only costs the remembered layout, so it is logged, not shown. */
    public void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "window", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                values.store(out, "Mailroom window state");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Window state not saved to {}", file, e);
        }
    }
}
