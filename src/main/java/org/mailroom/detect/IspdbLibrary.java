package org.mailroom.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.mailroom.text.Text;

/**
 * The clientConfig files detection consults: a small set bundled with Mailroom (listed in
 * {@code ispdb/index.txt}, since a jar cannot be listed) and the {@code *.xml} files the admin drops into a folder.
 * The admin's files come first, so a company can override a bundled provider.
 */
final class IspdbLibrary {

    private static final String BUNDLED = "ispdb/";
    private static final long MAX_FILE_BYTES = 256 * 1024;

    private final List<IspdbConfig> configs;

    private IspdbLibrary(List<IspdbConfig> configs) {
        this.configs = List.copyOf(configs);
    }

    /** Reads every file now (they are few and small); a file that cannot be used becomes a note, not a failure. */
    static IspdbLibrary load(Path folder, Consumer<String> notes) {
        List<IspdbConfig> configs = new ArrayList<>();
        if (folder != null && Files.isDirectory(folder)) {
            for (Path file : xmlFiles(folder, notes)) {
                try (InputStream in = Files.newInputStream(file)) {
                    configs.add(IspdbReader.read(in, file.getFileName().toString()));
                } catch (IspdbFormatException e) {
                    notes.accept(e.getMessage());
                } catch (IOException e) {
                    notes.accept(Text.get("detect.ispdb.unreadable", file.getFileName(), e.getMessage()));
                }
            }
        }
        for (String name : bundledNames()) {
            try (InputStream in = resource(name)) {
                configs.add(IspdbReader.read(in, name));
            } catch (IspdbFormatException | IOException e) {
                throw new IllegalStateException("bundled ISPDB file " + name + " is broken", e);
            }
        }
        return new IspdbLibrary(configs);
    }

    /** The first file for the domain; a provider's servers all come from one file. */
    List<Candidate> candidates(EmailAddress address, String domain) {
        return configs.stream().filter(c -> c.isFor(domain)).findFirst()
                .map(c -> c.candidates(address)).orElse(List.of());
    }

    private static List<Path> xmlFiles(Path folder, Consumer<String> notes) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                    .filter(Files::isRegularFile)
                    .filter(f -> {
                        boolean small = size(f) <= MAX_FILE_BYTES;
                        if (!small) {
                            notes.accept(Text.get("detect.ispdb.tooLarge", f.getFileName()));
                        }
                        return small;
                    })
                    .sorted().toList();
        } catch (IOException e) {
            notes.accept(Text.get("detect.ispdb.unreadable", folder, e.getMessage()));
            return List.of();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static List<String> bundledNames() {
        try (InputStream in = resource("index.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = IspdbLibrary.class.getResourceAsStream(BUNDLED + name);
        if (in == null) {
            throw new IOException("missing resource " + BUNDLED + name);
        }
        return in;
    }
}
