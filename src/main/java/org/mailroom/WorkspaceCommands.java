package org.mailroom;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mailroom.check.CheckCommand;
import org.mailroom.check.CheckInput;
import org.mailroom.check.ConfigurationCheck;
import org.mailroom.domain.AdminMessage;
import org.mailroom.io.CheckedImport;
import org.mailroom.io.ImportChoices;
import org.mailroom.io.ImportConflict;
import org.mailroom.io.ImportProblem;
import org.mailroom.io.ImportRejectedException;
import org.mailroom.io.OptionsCommand;
import org.mailroom.io.SharedAccount;
import org.mailroom.io.WorkspaceExporter;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.Secrets;
import org.mailroom.secrets.Vault;
import org.mailroom.service.ChangeHistory;
import org.mailroom.service.Handovers;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.service.WorkspaceFiles;
import org.mailroom.store.StoreException;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.text.Text;

/**
 * The commands that work on a workspace rather than a file, each with {@code --workspace LOCATION} as {@code generate}
 * takes it (a folder, or a team workspace with its password in {@value WorkspaceArgument#PASSWORD_VARIABLE}; without
 * it, the data folder's): {@code check --workspace}, {@code options --workspace}, {@code export}, {@code import}. A
 * location that can't be read is refused with exit code 2, one that can't be opened likewise, in a sentence.
 */
final class WorkspaceCommands {

    static final int DONE = 0;
    static final int REFUSED = 1;
    static final int UNUSABLE = 2;

    private WorkspaceCommands() {
    }

    /** Whether the command's arguments name a workspace rather than an exported file. */
    static boolean namesWorkspace(String[] args) {
        return List.of(args).contains(WorkspaceArgument.OPTION);
    }

    /** {@code check --workspace LOCATION}: the configuration check of the workspace itself, printed as for a file. */
    static int check(String[] args, AppPaths paths, PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {
        Arguments arguments = Arguments.parse("check", args, List.of(), err);
        if (arguments == null || !arguments.rest().isEmpty()) {
            err.println(Text.get(arguments == null ? "check.cli.usage" : "commands.workspace.checkUsage"));
            return UNUSABLE;
        }
        try (WorkspaceDatabase database = open(arguments, paths, env)) {
            return CheckCommand.printWorkspace(new ConfigurationCheck(clock).run(CheckInput.read(database)), database.location().reference(), out);
        } catch (StoreException e) {
            err.println(e.getMessage());
            return UNUSABLE;
        }
    }

    /** {@code options --workspace LOCATION [--out FILE] ...}: as for an exported file, read from the workspace. */
    static int options(String[] args, AppPaths paths, InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env,
                       Clock clock) {
        Arguments arguments = Arguments.parse("options", args, List.of(), err);
        if (arguments == null) {
            return UNUSABLE;
        }
        try (WorkspaceDatabase database = open(arguments, paths, env)) {
            CheckInput content = CheckInput.read(database);
            return OptionsCommand.run(arguments.rest().toArray(String[]::new), stdin, out, err, env, clock,
                    new OptionsCommand.Source(database.location().reference(), content));
        } catch (StoreException e) {
            err.println(e.getMessage());
            return UNUSABLE;
        }
    }

    /** {@code export FILE [--workspace LOCATION]}: the whole workspace as an export file, without secrets. */
    static int export(String[] args, AppPaths paths, PrintStream out, PrintStream err, Map<String, String> env) {
        Arguments arguments = Arguments.parse("export", args, List.of(), err);
        Path file = arguments == null ? null : arguments.onlyFile(err, "commands.export.usage");
        if (file == null) {
            return UNUSABLE;
        }
        try (WorkspaceDatabase database = open(arguments, paths, env)) {
            files(database).export(file, WorkspaceExporter.Options.whole());
            out.println(Text.get("commands.export.done", database.location().reference(), file));
            return DONE;
        } catch (StoreException e) {
            err.println(e.getMessage());
            return UNUSABLE;
        } catch (IOException | RuntimeException e) {
            err.println(e instanceof AdminMessage ? e.getMessage() : Text.get("commands.export.failed", file));
            return UNUSABLE;
        }
    }

    /**
     * {@code import FILE [--workspace LOCATION] [--existing skip|replace|rename]}: the file checked whole, then applied in
     * one transaction, items named like existing ones skipped (or replaced, or imported renamed). Nothing is imported when
     * the file breaks a rule, or when a mailbox would then read another's account; the file's secrets stay out (the
     * window imports them with their passphrase).
     */
    static int importFile(String[] args, AppPaths paths, PrintStream out, PrintStream err, Map<String, String> env) {
        Arguments arguments = Arguments.parse("import", args, List.of("--existing"), err);
        Path file = arguments == null ? null : arguments.onlyFile(err, "commands.import.usage");
        if (file == null) {
            return UNUSABLE;
        }
        ImportConflict.Resolution existing;
        try {
            existing = ImportConflict.Resolution.valueOf(arguments.option("--existing", "skip").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println(Text.get("commands.import.badExisting", arguments.option("--existing", "")));
            return UNUSABLE;
        }
        try (WorkspaceDatabase database = open(arguments, paths, env)) {
            WorkspaceFiles files = files(database);
            CheckedImport checked = files.check(file);
            ImportChoices choices = ImportChoices.all(existing);
            List<SharedAccount> shared = files.sharedAccounts(checked, choices);
            if (!shared.isEmpty()) {
                shared.forEach(pair -> err.println(Text.get("commands.import.shared", pair.mailbox(), pair.other(), pair.login(), pair.host())));
                err.println(Text.get("commands.import.nothing", file));
                return REFUSED;
            }
            WorkspaceFiles.ImportReport report = files.apply(checked, choices, null);
            out.println(Text.get("commands.import.done", file, database.location().reference(), report.added(), report.replaced(),
                    files.conflicts(checked).size()));
            return DONE;
        } catch (ImportRejectedException e) {
            e.problems().stream().map(ImportProblem::describe).forEach(err::println);
            err.println(Text.get("commands.import.nothing", file));
            return REFUSED;
        } catch (StoreException e) {
            err.println(e.getMessage());
            return UNUSABLE;
        } catch (IOException | RuntimeException e) {
            err.println(e instanceof AdminMessage ? e.getMessage() : Text.get("commands.import.failed", file));
            return UNUSABLE;
        }
    }

    /**
     * The workspace the arguments name, or the data folder's. A folder that holds none is refused rather than given a
     * new, empty one (a typing mistake must not make a workspace); the window's Workspace ▸ New… makes one.
     */
    private static WorkspaceDatabase open(Arguments arguments, AppPaths paths, Map<String, String> env) {
        WorkspaceLocation location = arguments.location() == null ? new WorkspaceLocation.Folder(paths.dataFolder()) : arguments.location();
        if (arguments.location() != null && location instanceof WorkspaceLocation.Folder folder && !folder.holdsWorkspace()) {
            throw new StoreException(Text.get("workspaces.open.notOne", folder.reference()));
        }
        return WorkspaceArgument.open(location, env);
    }

    /** The use cases on the workspace, as the window has them; saved secrets stay sealed (no credential store asked). */
    private static WorkspaceFiles files(WorkspaceDatabase database) {
        Secrets secrets = new Secrets(new Vault(database, OsKeyring.UNAVAILABLE));
        ChangeHistory history = ChangeHistory.ofThisUser(database, Clock.systemUTC());
        ConfigurationCheck check = new ConfigurationCheck(Clock.systemDefaultZone());
        return new WorkspaceFiles(database, secrets, new WorkspaceEvents(), () -> check.run(CheckInput.read(database)), history,
                new Handovers(database, history, Clock.systemUTC()));
    }

    /** {@code --workspace LOCATION} read (default: the data folder's), options kept, the rest left for the command. */
    private record Arguments(WorkspaceLocation location, Map<String, String> options, List<String> rest) {

        /** Null, said on {@code err}, when the location is missing or can't be read. */
        static Arguments parse(String command, String[] args, List<String> ownOptions, PrintStream err) {
            String workspace = null;
            Map<String, String> options = new java.util.HashMap<>();
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals(WorkspaceArgument.OPTION) || ownOptions.contains(args[i])) {
                    if (i + 1 >= args.length || args[i + 1].isBlank()) {
                        err.println(Text.get("probe.cli.missingValue", args[i]));
                        return null;
                    }
                    if (args[i].equals(WorkspaceArgument.OPTION)) {
                        workspace = args[++i];
                    } else {
                        options.put(args[i], args[++i]);
                    }
                } else {
                    rest.add(args[i]);
                }
            }
            try {
                WorkspaceLocation location = workspace == null ? null : WorkspaceLocation.parse(workspace);
                return new Arguments(location, options, rest);
            } catch (IllegalArgumentException e) {
                err.println(command + ": " + e.getMessage());
                return null;
            }
        }

        String option(String name, String fallback) {
            return options.getOrDefault(name, fallback);
        }

        /** The one file the command takes; null, with the usage on {@code err}, when there is not exactly one. */
        Path onlyFile(PrintStream err, String usageKey) {
            if (rest.size() != 1 || rest.get(0).startsWith("-")) {
                err.println(Text.get(usageKey));
                return null;
            }
            try {
                return Path.of(rest.get(0));
            } catch (InvalidPathException e) {
                err.println(Text.get(usageKey));
                return null;
            }
        }
    }
}
