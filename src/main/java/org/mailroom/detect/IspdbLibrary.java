package org.mailroom.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mailroom.text.Text;

/**
 * The clientConfig files detection consults: a small set bundled with Mailroom (listed in {@code ispdb/index.txt},
 * since a jar cannot be listed; read once) and the files the admin drops into a folder, named {@code <domain>.xml}
 * or, as autoconfig servers serve them, just {@code <domain>}. The admin's files come first, so a company can
 * override a bundled provider. A file that cannot be used is a note saying which and why, never a failure.
 */
final class IspdbLibrary {

    private static final String BUNDLED = "ispdb/";
    static final long MAX_FILE_BYTES = 256 * 1024;

    private final List<IspdbConfig> configs;
    private final List<String> notes;

    private IspdbLibrary(List<IspdbConfig> configs, List<String> notes) {
        this.configs = List.copyOf(configs);
        this.notes = List.copyOf(notes);
    }

    /** Reads every file of the folder now (null or missing: only the bundled files). */
    static IspdbLibrary load(Path folder) {
        List<IspdbConfig> configs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path file : IspdbFolder.files(folder, notes::add)) {
            String name = file.getFileName().toString();
            try {
                if (Files.size(file) > MAX_FILE_BYTES) {
                    notes.add(Text.get("detect.ispdb.tooLarge", name));
                    continue;
                }
                configs.add(IspdbReader.read(Files.readAllBytes(file), name));
            } catch (IspdbFormatException e) {
                notes.add(e.getMessage());
            } catch (AccessDeniedException e) {
                notes.add(Text.get("detect.ispdb.denied", name));
            } catch (IOException e) {
                notes.add(Text.get("detect.ispdb.unreadable", name));
            }
        }
        configs.addAll(Bundled.CONFIGS);
        return new IspdbLibrary(configs, notes);
    }

    /** The files of the admin's folder that could not be used, and why. */
    List<String> notes() {
        return notes;
    }

    /** The first file for the domain (a provider's servers all come from one file); its skipped servers are told. */
    List<Candidate> candidates(EmailAddress address, String domain, Consumer<String> notes) {
        Optional<IspdbConfig> config = configs.stream().filter(c -> c.isFor(domain)).findFirst();
        config.ifPresent(c -> c.notes().forEach(notes));
        return config.map(c -> c.candidates(address)).orElse(List.of());
    }

    /** The files shipped with Mailroom; they never change while it runs. */
    private static final class Bundled {
        static final List<IspdbConfig> CONFIGS = names().stream().map(Bundled::read).toList();

        private static IspdbConfig read(String name) {
            try (InputStream in = resource(name)) {
                return IspdbReader.read(in.readAllBytes(), name);
            } catch (IspdbFormatException | IOException e) {
                throw new IllegalStateException("bundled ISPDB file " + name + " is broken", e);
            }
        }

        private static List<String> names() {
            try (InputStream in = resource("index.txt")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
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
}
