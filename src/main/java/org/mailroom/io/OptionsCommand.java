package org.mailroom.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mailroom.check.CheckInput;
import org.mailroom.check.CheckReport;
import org.mailroom.check.ConfigurationCheck;
import org.mailroom.check.WorkspaceFileException;
import org.mailroom.check.WorkspaceRulesException;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.MailboxKind;
import org.mailroom.oauth.OAuthLink;
import org.mailroom.domain.SecretRef;
import org.mailroom.domain.Severity;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.text.Text;

/**
 * {@code options <exported workspace.json> [--out FILE] [--secrets-stdin] [--secret-env NAME=VAR]...}: the E-mail
 * Server options (INI) of an exported workspace, without the window, for a pipeline that checks and hands over.
 * Secrets never come from the command line: {@code --secrets-stdin} reads {@code NAME=SECRET} lines (NAME a
 * Mailbox Name, or an app registration's name for its client secret), {@code --secret-env NAME=VAR} reads the
 * environment variable VAR. A workspace the check finds errors in is not handed over (exit 1) unless
 * {@code --even-with-errors}.
 */
public final class OptionsCommand {

    public static final int WRITTEN = 0;
    public static final int ERRORS = 1;
    public static final int UNUSABLE = 2;

    /** A workspace read already ({@code options --workspace LOCATION}), in place of an exported file. */
    public record Source(String location, CheckInput content) {
    }

    private record Arguments(Path file, Path out, boolean secretsFromStdin, Map<String, String> secretEnv, boolean evenWithErrors,
                             String graphSendOption) {
    }

    private OptionsCommand() {
    }

    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {
        return run(args, stdin, out, err, env, clock, null);
    }

    /** As {@link #run(String[], InputStream, PrintStream, PrintStream, Map, Clock)}, on {@code source} when it is not null. */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env, Clock clock,
                          Source source) {
        Arguments arguments;
        try {
            arguments = parse(args, source != null);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(Text.get("options.cli.usage"));
            return UNUSABLE;
        }
        if (arguments == null) {
            out.println(Text.get("options.cli.usage"));
            return WRITTEN;
        }
        CheckInput workspace;
        Object what = source != null ? source.location() : arguments.file();
        try {
            workspace = source != null ? source.content() : new ExportedWorkspaceReader().read(arguments.file());
        } catch (WorkspaceRulesException e) {
            e.problems().forEach(problem -> err.println(Text.get("options.cli.problem", problem)));
            err.println(Text.get("options.cli.notWritten", what, e.problems().size()));
            return ERRORS;
        } catch (WorkspaceFileException e) {
            err.println(e.getMessage());
            return UNUSABLE;
        }
        CheckReport report = new ConfigurationCheck(clock).run(workspace);
        if (report.hasErrors() && !arguments.evenWithErrors()) {
            report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                    .forEach(f -> err.println(Text.get("options.cli.finding", f.item().label(), f.message(), f.fix())));
            err.println(Text.get("options.cli.notWritten", what, report.counts().errors()));
            return ERRORS;
        }
        Map<SecretRef, char[]> secrets = new HashMap<>();
        try {
            collectSecrets(arguments, workspace.content(), stdin, env, secrets);
            EmailServerOptions.Settings settings = secrets.isEmpty() ? EmailServerOptions.Settings.withoutPasswords()
                    : EmailServerOptions.Settings.withoutPasswords().withPasswords(ref -> Optional.ofNullable(secrets.get(ref)).map(char[]::clone));
            settings = settings.withGraphSendOption(arguments.graphSendOption());
            String ini = EmailServerOptions.ini(workspace.content(), settings);
            if (arguments.out() == null) {
                out.print(ini);
                out.flush();
            } else {
                AtomicFiles.write(arguments.out(), ini.getBytes(StandardCharsets.UTF_8));
            }
            if (report.hasErrors()) {
                err.println(Text.get("options.cli.writtenWithErrors", report.counts().errors()));
            }
            return WRITTEN;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return UNUSABLE;
        } catch (IOException e) {
            err.println(FileAccessException.writing(arguments.out(), e).getMessage());
            return UNUSABLE;
        } finally {
            secrets.values().forEach(secret -> Arrays.fill(secret, '\0'));
        }
    }

    /** Null for --help. */
    private static Arguments parse(String[] args, boolean fromWorkspace) {
        int start = args.length > 0 && args[0].equals("options") ? 1 : 0;
        Path file = null;
        Path out = null;
        boolean stdin = false;
        boolean evenWithErrors = false;
        String graphSendOption = EmailServerOptions.GRAPH_SEND_OPTION;
        Map<String, String> secretEnv = new HashMap<>();
        for (int i = start; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--secrets-stdin" -> stdin = true;
                case "--even-with-errors" -> evenWithErrors = true;
                case "--out" -> out = path(value(args, ++i, arg));
                case "--graph-send-option" -> {
                    graphSendOption = value(args, ++i, arg);
                    EmailServerOptions.checkGraphSendOption(graphSendOption);
                }
                case "--secret-env" -> {
                    String pair = value(args, ++i, arg);
                    int equals = pair.indexOf('=');
                    if (equals <= 0 || equals == pair.length() - 1) {
                        throw new IllegalArgumentException(Text.get("options.cli.badSecretEnv", pair));
                    }
                    secretEnv.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
                default -> {
                    if (arg.startsWith("-") || file != null || fromWorkspace) {
                        throw new IllegalArgumentException(Text.get("options.cli.badArgument", arg));
                    }
                    file = path(arg);
                }
            }
        }
        if (file == null && !fromWorkspace) {
            throw new IllegalArgumentException(Text.get("options.cli.noFile"));
        }
        return new Arguments(file, out, stdin, secretEnv, evenWithErrors, graphSendOption);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].isBlank()) {
            throw new IllegalArgumentException(Text.get("probe.cli.missingValue", option));
        }
        return args[i];
    }

    private static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(Text.get("options.cli.badArgument", name));
        }
    }

    private static void collectSecrets(Arguments arguments, WorkspaceContent content, InputStream stdin, Map<String, String> env,
                                       Map<SecretRef, char[]> secrets) {
        List<String[]> given = new ArrayList<>();
        for (Map.Entry<String, String> pair : arguments.secretEnv().entrySet()) {
            String value = env.get(pair.getValue());
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException(Text.get("probe.cli.emptyEnv", pair.getValue()));
            }
            given.add(new String[] {pair.getKey(), value});
        }
        if (arguments.secretsFromStdin()) {
            try {
                BufferedReader lines = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    int equals = line.indexOf('=');
                    if (line.isBlank()) {
                        continue;
                    }
                    if (equals <= 0 || equals == line.length() - 1) {
                        // the line itself is never repeated: it may be a secret
                        throw new IllegalArgumentException(Text.get("options.cli.badSecretLine"));
                    }
                    given.add(new String[] {line.substring(0, equals).strip(), line.substring(equals + 1)});
                }
            } catch (IOException e) {
                throw new IllegalArgumentException(Text.get("options.cli.badSecretLine"));
            }
        }
        for (String[] pair : given) {
            secrets.put(owner(pair[0], content), pair[1].toCharArray());
        }
    }

    /**
     * A Mailbox Name's password, else an app registration's client secret. A Graph mailbox has no password: its name
     * stands for the client secret of the registration it is linked to.
     */
    private static SecretRef owner(String name, WorkspaceContent content) {
        for (Mailbox mailbox : content.mailboxes()) {
            if (WorkspaceRules.sameName(mailbox.name(), name)) {
                OAuthLink link = content.oauthLinks().get(mailbox.id());
                return mailbox.kind() == MailboxKind.GRAPH && link != null
                        ? SecretRef.clientSecret(link.registrationId()) : SecretRef.mailboxPassword(mailbox.id());
            }
        }
        for (StoredRegistration registration : content.registrations()) {
            if (WorkspaceRules.sameName(registration.name(), name)) {
                return SecretRef.clientSecret(registration.id());
            }
        }
        throw new IllegalArgumentException(Text.get("options.cli.unknownOwner", name));
    }
}
