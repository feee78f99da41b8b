package org.mailroom.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the code and the FXML use is in the bundle, and the bundle holds no key nobody uses. */
class MessagesTest {

    private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*\\.?)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9.]+)\"");

    @Test
    void everyUsedKeyExistsAndEveryKeyIsUsed() throws IOException {
        Set<String> defined = new TreeSet<>(Text.bundle().keySet());
        Set<String> features = defined.stream().map(key -> key.substring(0, key.indexOf('.') + 1)).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".java")) {
                    Matcher keys = JAVA_KEY.matcher(Files.readString(file));
                    while (keys.find()) {
                        String key = keys.group(1);
                        if (features.stream().anyMatch(key::startsWith)) {
                            // "direction." + name: a key composed at run time from a prefix
                            (key.endsWith(".") ? prefixes : used).add(key);
                        }
                    }
                } else if (name.endsWith(".fxml")) {
                    Matcher keys = FXML_KEY.matcher(Files.readString(file));
                    while (keys.find()) {
                        used.add(keys.group(1));
                    }
                }
            }
        }

        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(defined);
        assertThat(missing).as("keys used but missing from messages.properties").isEmpty();

        Set<String> unused = new TreeSet<>(defined);
        unused.removeAll(used);
        unused.removeIf(key -> prefixes.stream().anyMatch(key::startsWith));
        assertThat(unused).as("keys in messages.properties that nothing uses").isEmpty();
    }

    /**
     * MessageFormat eats a single apostrophe ("the app's manifest" became "the apps manifest"): a text with
     * placeholders writes it {@code ''}, and a text without any is shown as written, so it never does.
     */
    @Test
    void apostrophesSurviveEveryText() {
        java.util.ResourceBundle bundle = Text.bundle();
        for (String key : java.util.Collections.list(bundle.getKeys())) {
            String raw = bundle.getString(key);
            Object[] args = {2, 2, 2, 2, 2, 2}; // numbers: some placeholders are choices
            String shown = Text.hasPlaceholders(raw) ? Text.get(key, (Object[]) args) : Text.get(key);
            // what the writer meant: each '' of a pattern is one apostrophe, and so is any single one
            long intended = Text.hasPlaceholders(raw) ? raw.replace("''", "\u0000").chars().filter(c -> c == 0 || c == '\'').count()
                    : raw.chars().filter(c -> c == '\'').count();
            assertThat(shown.chars().filter(c -> c == '\'').count()).as(key + " = " + raw).isEqualTo(intended);
            assertThat(shown).as(key).doesNotContain("''");
        }
    }
}
