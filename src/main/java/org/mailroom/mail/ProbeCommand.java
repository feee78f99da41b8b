package org.mailroom.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Protocol;
import org.mailroom.mail.cloud.CloudApi;
import org.mailroom.mail.cloud.CloudProbeCommand;
import org.mailroom.text.Text;

/**
 * The headless connection test, for scripts and monitoring:
 * {@code probe --protocol imap --security ssl --host H --port P --user U [--xoauth2] [--password-env VAR]
 * [--trust SHA256] [--timeout SECONDS] [--max-size MB]}, or for Graph and EWS mailboxes
 * {@code probe --protocol graph|ews --user MAILBOX --client-id ID --tenant T ...} (see {@link CloudCommand}). The password (or token) comes from the first line of
 * standard input, or from the named environment variable; never from the command line, where other users
 * and shell histories would see it. Exit codes: 0 success, 1 failed test, 2 bad arguments.
 */
public final class ProbeCommand {

    public static final int SUCCESS = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final Set<String> VALUED = Stream.concat(Stream.of("--protocol", "--security", "--host", "--port", "--user",
            "--password-env", "--trust", "--timeout", "--max-size"), CloudProbeCommand.OPTIONS.stream()).collect(Collectors.toSet());
    private static final Map<String, CloudApi> CLOUD_APIS = Map.of("graph", CloudApi.GRAPH, "ews", CloudApi.EWS);
    private static final Set<String> SECRET_OPTIONS = Set.of("--password", "--token", "--pass", "-p", "--secret",
            "--client-secret");

    private ProbeCommand() {
    }

    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env) {
        ProbeRequest request;
        try {
            Map<String, String> options = parse(args);
            if (options.containsKey("--help")) {
                out.println(Text.get("probe.cli.usage"));
                return SUCCESS;
            }
            CloudApi api = CLOUD_APIS.get(options.getOrDefault("--protocol", "").toLowerCase(Locale.ROOT));
            if (api != null) {
                return CloudCommand.run(api, options, secret(options.get("--password-env"), stdin, env), out, err);
            }
            options.keySet().stream().filter(CloudProbeCommand.OPTIONS::contains).findFirst().ifPresent(option -> {
                throw new IllegalArgumentException(Text.get("probe.cli.cloudOnly", option));
            });
            request = request(options, stdin, env);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(Text.get("probe.cli.usage"));
            return USAGE;
        }
        try {
            ProbeResult result = new MailProbe(request).run();
            out.print(result.toPlainText());
            out.flush();
            return result.succeeded() ? SUCCESS : FAILED;
        } finally {
            request.credentials().wipe();
        }
    }

    /** "--name value", "--name=value" and flags; "probe" as the first word is the command's own name. */
    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        int start = args.length > 0 && args[0].equals("probe") ? 1 : 0;
        for (int i = start; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (SECRET_OPTIONS.contains(name)) {
                throw new IllegalArgumentException(Text.get("probe.cli.noSecretArguments"));
            }
            if (name.equals("--xoauth2") || name.equals("--help")) {
                options.put(name, "");
            } else if (VALUED.contains(name)) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                        : i + 1 < args.length ? args[++i] : null;
                if (value == null || value.isBlank()) {
                    throw new IllegalArgumentException(Text.get("probe.cli.missingValue", name));
                }
                options.put(name, value);
            } else {
                throw new IllegalArgumentException(Text.get("probe.cli.unknownOption", arg));
            }
        }
        return options;
    }

    private static ProbeRequest request(Map<String, String> options, InputStream stdin, Map<String, String> env) {
        Protocol protocol = choice(options, "--protocol", Map.of("imap", Protocol.IMAP, "pop3", Protocol.POP3,
                "smtp", Protocol.SMTP));
        ConnectionSecurity security = choice(options, "--security", Map.of("ssl", ConnectionSecurity.SSL_TLS,
                "starttls", ConnectionSecurity.STARTTLS, "none", ConnectionSecurity.NONE));
        String host = required(options, "--host");
        String user = required(options, "--user");
        int port = options.containsKey("--port") ? number(options, "--port", 1, 65535) : protocol.defaultPort(security);
        Timeouts timeouts = options.containsKey("--timeout")
                ? Timeouts.ofSeconds(number(options, "--timeout", 1, 3600)) : Timeouts.DEFAULT;
        int maxSize = options.containsKey("--max-size") ? number(options, "--max-size", 1, 1_000_000) : 0;
        String trust = options.get("--trust");
        if (trust != null) {
            Fingerprints.normalize(trust); // rejects a malformed fingerprint as a usage error
        }
        char[] secret = secret(options.get("--password-env"), stdin, env);
        Credentials credentials = options.containsKey("--xoauth2") ? new Credentials.OAuthToken(secret)
                : new Credentials.Password(secret);
        return new ProbeRequest(null, protocol, security, host, port, user, credentials, trust, maxSize, timeouts);
    }

    static char[] secret(String envName, InputStream stdin, Map<String, String> env) {
        String secret;
        if (envName != null) {
            secret = env.get(envName);
            if (secret == null || secret.isEmpty()) {
                throw new IllegalArgumentException(Text.get("probe.cli.emptyEnv", envName));
            }
        } else {
            try {
                secret = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                secret = null;
            }
            if (secret == null || secret.isEmpty()) {
                throw new IllegalArgumentException(Text.get("probe.cli.emptyStdin"));
            }
        }
        return secret.toCharArray();
    }

    private static <T> T choice(Map<String, String> options, String name, Map<String, T> choices) {
        T value = choices.get(required(options, name).toLowerCase(Locale.ROOT));
        if (value == null) {
            throw new IllegalArgumentException(Text.get("probe.cli.badChoice", name, String.join("|", choices.keySet())));
        }
        return value;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException(Text.get("probe.cli.missingOption", name));
        }
        return value;
    }

    static int number(Map<String, String> options, String name, int min, int max) {
        try {
            int value = Integer.parseInt(options.get(name).strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(Text.get("probe.cli.badNumber", name, min, max));
    }
}
