package org.mailroom;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.mailroom.history.ChangeReport;
import org.mailroom.history.FieldDifference;
import org.mailroom.history.HistoryEntry;
import org.mailroom.history.HistoryFilter;
import org.mailroom.history.HistoryPage;
import org.mailroom.history.ItemType;
import org.mailroom.service.ChangeHistory;
import org.mailroom.store.StoreException;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.store.WorkspaceLocation;
import org.mailroom.text.Text;

/**
 * {@code history [--item NAME] [--kind KIND] [--admin USER] [--from DATE] [--until DATE] [--limit N] [--workspace LOCATION]}: the changes
 * of the workspace, newest first, each with its fields before and after (secrets only as "changed"). Exit codes:
 * 0 listed (none found included), 1 the workspace could not be opened, 2 bad arguments.
 */
final class HistoryCommand {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private HistoryCommand() {
    }

    static int run(String[] args, AppPaths paths, PrintStream out, PrintStream err) {
        return run(args, paths, out, err, ZoneId.systemDefault());
    }

    static int run(String[] args, AppPaths paths, PrintStream out, PrintStream err, ZoneId zone) {
        return run(args, paths, out, err, zone, System.getenv());
    }

    /** As {@link #run(String[], AppPaths, PrintStream, PrintStream, ZoneId)}, a team workspace's password from {@code env}. */
    static int run(String[] args, AppPaths paths, PrintStream out, PrintStream err, ZoneId zone, java.util.Map<String, String> env) {
        ItemType kind = null;
        WorkspaceLocation location = null;
        String item = null;
        String admin = null;
        LocalDate from = null;
        LocalDate until = null;
        int limit = 100;
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (option.equals("--help") || option.equals("-h")) {
                    out.println(Text.get("history.cli.usage"));
                    return 0;
                }
                String value = ++i < args.length ? args[i] : null;
                if (value == null) {
                    throw new IllegalArgumentException(Text.get("history.cli.noValue", option));
                }
                switch (option) {
                    case "--item" -> item = value;
                    case "--kind" -> kind = kind(value);
                    case "--admin" -> admin = value;
                    case "--from" -> from = date(option, value);
                    case "--until" -> until = date(option, value);
                    case "--limit" -> limit = limit(value);
                    case WorkspaceArgument.OPTION -> location = WorkspaceLocation.parse(value);
                    default -> throw new IllegalArgumentException(Text.get("history.cli.unknownOption", option));
                }
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(Text.get("history.cli.usage"));
            return 2;
        }
        HistoryFilter filter = new HistoryFilter(kind, null, item, admin,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant());
        if (location instanceof WorkspaceLocation.Folder folder && !folder.holdsWorkspace()) {
            err.println(Text.get("workspaces.open.notOne", folder.reference()));
            return 1;
        }
        try (WorkspaceDatabase database = WorkspaceArgument.open(WorkspaceArgument.location(location == null ? null : location.reference(),
                paths), env)) {
            ChangeHistory history = ChangeHistory.ofThisUser(database, java.time.Clock.systemUTC());
            HistoryPage page = history.read(filter, 0);
            int shown = 0;
            while (shown < limit && !page.entries().isEmpty()) {
                for (HistoryEntry entry : page.entries().subList(0, Math.min(page.entries().size(), limit - shown))) {
                    print(entry, out, zone);
                    shown++;
                }
                page = shown < limit ? history.read(filter, shown) : page;
            }
            out.println(Text.get("history.cli.summary", shown, page.total()));
            out.flush();
            return 0;
        } catch (StoreException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static void print(HistoryEntry entry, PrintStream out, ZoneId zone) {
        out.println(Text.get("history.cli.entry", WHEN.format(entry.at().atZone(zone)), entry.who(),
                ChangeReport.headline(entry.difference())));
        for (FieldDifference field : entry.difference().fields()) {
            out.println("    " + Text.get("history.fieldChange", field.label(), shown(field.before()), shown(field.after())));
        }
        if (entry.difference().secretChanged()) {
            out.println("    " + Text.get("history.secretChanged"));
        }
    }

    private static String shown(String value) {
        return value.isEmpty() ? Text.get("history.value.none") : value;
    }

    /** A kind by the word the command line uses for it: mailbox, server, application, folder, attribute, from-address, registration, setting. */
    private static ItemType kind(String word) {
        String constant = switch (word.toLowerCase(Locale.ROOT)) {
            case "server", "mail-server" -> "MAIL_SERVER";
            case "from-address" -> "FROM_ADDRESS";
            case "mailbox", "application", "folder", "attribute", "registration", "setting" -> word.toUpperCase(Locale.ROOT);
            default -> throw new IllegalArgumentException(Text.get("history.cli.badKind", word));
        };
        return ItemType.valueOf(constant);
    }

    private static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Text.get("history.cli.badDate", option, value));
        }
    }

    private static int limit(String value) {
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(Text.get("history.cli.badLimit", value));
    }
}
