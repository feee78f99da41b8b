package org.mailroom;

import java.io.PrintStream;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.StoreException;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.store.WorkspaceGenerator;

/** {@code generate --mailboxes N [--seed S]}: writes N realistic mailboxes into the workspace. */
final class GenerateCommand {

    private static final String USAGE = "Usage: generate --mailboxes N [--seed S] [--workspace FOLDER | postgresql://USER@HOST:PORT/DATABASE]   (N from 1 to 1000000)";

    private GenerateCommand() {
    }

    static int run(String[] args, AppPaths paths, PrintStream out, PrintStream err) {
        return run(args, paths, out, err, System.getenv());
    }

    /** As {@link #run(String[], AppPaths, PrintStream, PrintStream)}, with a team password from {@code env}. */
    static int run(String[] args, AppPaths paths, PrintStream out, PrintStream err, java.util.Map<String, String> env) {
        Integer count = null;
        long seed = 42;
        String workspace = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                switch (option) {
                    case "--mailboxes" -> count = (int) number(option, ++i < args.length ? args[i] : null, 1_000_000);
                    case "--seed" -> seed = number(option, ++i < args.length ? args[i] : null, Long.MAX_VALUE);
                    case WorkspaceArgument.OPTION -> workspace = text(option, ++i < args.length ? args[i] : null);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        if (count == null || count < 1) {
            err.println(USAGE);
            return 2;
        }
        long started = System.nanoTime();
        WorkspaceLocation location;
        try {
            location = WorkspaceArgument.location(workspace, paths);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        try (WorkspaceDatabase database = WorkspaceArgument.open(location, env)) {
            MailServerStore servers = new MailServerStore(database);
            MailboxStore mailboxes = new MailboxStore(database, servers);
            int added = new WorkspaceGenerator(servers, mailboxes).generate(count, seed);
            out.printf("Added %d mailboxes to %s (%d in all) in %d ms%n", added, location.reference(),
                    mailboxes.count(), (System.nanoTime() - started) / 1_000_000);
            return 0;
        } catch (StoreException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static String text(String option, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    /** A whole number from 0 to {@code max}, or a sentence saying what was wrong (not Java's "For input string"). */
    private static long number(String option, String value, long max) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        try {
            long number = Long.parseLong(value);
            if (number >= 0 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(option + " needs a whole number from 0 to " + max + ", not " + value);
    }
}
