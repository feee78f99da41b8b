package org.mailroom.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Secret Service for tests: a private D-Bus session bus and GNOME Keyring's daemon with an unlocked
 * login keyring, both with a home and runtime folder of their own under {@code folder}; the user's own
 * session and keyring are never touched. The bus has no service activation, so nothing starts by itself:
 * without the daemon there is no Secret Service, and a locked keyring can't show an unlock prompt.
 *
 * <p>java-keyring's D-Bus library reads the bus address from the system property
 * {@code DBUS_SESSION_BUS_ADDRESS} before the environment, so code in this JVM reaches the bus after
 * {@link #useInThisJvm()}, and a child JVM through {@link #jvmOption()}: no forked build step or
 * {@code dbus-run-session} is needed. Where dbus-daemon or gnome-keyring-daemon is missing the test is
 * skipped, saying what to install.
 */
public final class SecretServiceSession implements AutoCloseable {

    /** The system property dbus-java reads first. */
    public static final String ADDRESS_PROPERTY = "DBUS_SESSION_BUS_ADDRESS";
    private static final String LOGIN_PASSWORD = "login-keyring-password";
    private static final long START_LIMIT_MS = 10_000;

    private final Path folder;
    private final Process bus;
    private final String address;
    private Process keyring;

    private SecretServiceSession(Path folder, Process bus, String address) {
        this.folder = folder;
        this.bus = bus;
        this.address = address;
    }

    /** A bus with GNOME Keyring on it, its login keyring unlocked; skips the test where they can't run. */
    public static SecretServiceSession start(Path folder) throws Exception {
        SecretServiceSession session = startWithoutKeyring(folder);
        assumeTrue(onPath("gnome-keyring-daemon"), "GNOME Keyring is not installed (apt-get install gnome-keyring "
                + "libsecret-tools): the tests against a real Secret Service are skipped");
        session.startKeyring();
        return session;
    }

    /** A session bus with no Secret Service on it. */
    public static SecretServiceSession startWithoutKeyring(Path folder) throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux") && onPath("dbus-daemon") && onPath("dbus-send"),
                "No D-Bus here (Linux with apt-get install dbus): the tests against a real Secret Service are skipped");
        Path runtime = Files.createDirectories(folder.resolve("run"));
        Files.createDirectories(folder.resolve("home"));
        Path config = folder.resolve("bus.conf");
        Files.writeString(config, """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>session</type>
                  <listen>unix:dir=%s</listen>
                  <policy context="default">
                    <allow send_destination="*" eavesdrop="true"/>
                    <allow eavesdrop="true"/>
                    <allow own="*"/>
                  </policy>
                </busconfig>
                """.formatted(runtime));
        Process bus = new ProcessBuilder("dbus-daemon", "--config-file=" + config, "--print-address=1", "--nofork", "--nopidfile")
                .redirectError(folder.resolve("bus.log").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8));
        String address = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }).completeOnTimeout(null, START_LIMIT_MS, TimeUnit.MILLISECONDS).get();
        if (address == null || !address.startsWith("unix:")) {
            bus.destroyForcibly();
            assumeTrue(false, "dbus-daemon did not start: " + Files.readString(folder.resolve("bus.log")));
        }
        return new SecretServiceSession(folder, bus, address.strip());
    }

    private void startKeyring() throws Exception {
        ProcessBuilder daemon = new ProcessBuilder("gnome-keyring-daemon", "--unlock", "--components=secrets", "--foreground")
                .redirectOutput(folder.resolve("keyring.out").toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(folder.resolve("keyring.log").toFile()));
        Map<String, String> env = daemon.environment();
        env.put("HOME", folder.resolve("home").toString());
        env.put("XDG_RUNTIME_DIR", folder.resolve("run").toString());
        env.remove("XDG_DATA_HOME");
        env.remove("DISPLAY");
        env.put("DBUS_SESSION_BUS_ADDRESS", address);
        keyring = daemon.start();
        try (OutputStream in = keyring.getOutputStream()) {
            in.write(LOGIN_PASSWORD.getBytes(StandardCharsets.UTF_8)); // unlocks (first time: creates) the login keyring
        }
        long deadline = System.currentTimeMillis() + START_LIMIT_MS;
        while (!dbusSend("--dest=org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                "string:org.freedesktop.secrets").contains("boolean true")) {
            if (System.currentTimeMillis() > deadline || !keyring.isAlive()) {
                assumeTrue(false, "gnome-keyring-daemon did not come up: " + Files.readString(folder.resolve("keyring.log")));
            }
            Thread.sleep(20);
        }
    }

    public String address() {
        return address;
    }

    /** Points java-keyring in this JVM at this bus, until {@link #close()}. */
    public SecretServiceSession useInThisJvm() {
        System.setProperty(ADDRESS_PROPERTY, address);
        return this;
    }

    /** The option that points a child JVM's java-keyring at this bus. */
    public String jvmOption() {
        return "-D" + ADDRESS_PROPERTY + "=" + address;
    }

    /** The keyring daemon stops answering (SIGSTOP), as a hung store would. */
    public void stopKeyring() throws Exception {
        signal("STOP");
    }

    public void resumeKeyring() throws Exception {
        signal("CONT");
    }

    /** Locks the login keyring; with no prompter on this bus it can't be unlocked by asking. */
    public void lockKeyring() throws Exception {
        dbusSend("--dest=org.freedesktop.secrets", "/org/freedesktop/secrets", "org.freedesktop.Secret.Service.Lock",
                "array:objpath:/org/freedesktop/secrets/collection/login");
    }

    /** A new keyring daemon, given the login password again: the login keyring is unlocked, its items kept. */
    public void restartKeyringUnlocked() throws Exception {
        stopDaemon();
        startKeyring();
    }

    /** The value the store holds for Mailroom's entry, read with libsecret, not with java-keyring. */
    public String lookup(String account) throws Exception {
        ProcessBuilder tool = new ProcessBuilder("secret-tool", "lookup", "service", "Mailroom", "account", account);
        tool.environment().put("DBUS_SESSION_BUS_ADDRESS", address);
        return run(tool);
    }

    /** Mailroom's entries in the login keyring, as "label" lines, read with libsecret. */
    public List<String> mailroomEntries() throws Exception {
        ProcessBuilder tool = new ProcessBuilder("secret-tool", "search", "--all", "service", "Mailroom");
        tool.environment().put("DBUS_SESSION_BUS_ADDRESS", address);
        return Stream.of(run(tool).split("\n")).filter(line -> line.startsWith("label = ")).toList();
    }

    private String dbusSend(String... arguments) throws Exception {
        List<String> command = Stream.concat(Stream.of("dbus-send", "--bus=" + address, "--print-reply", "--reply-timeout=5000"), Stream.of(arguments)).toList();
        return run(new ProcessBuilder(command));
    }

    private static String run(ProcessBuilder command) throws Exception {
        Process process = command.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(START_LIMIT_MS, TimeUnit.MILLISECONDS);
        return output;
    }

    private void signal(String signal) throws Exception {
        new ProcessBuilder("kill", "-" + signal, Long.toString(keyring.pid())).start().waitFor(START_LIMIT_MS, TimeUnit.MILLISECONDS);
    }

    private void stopDaemon() throws Exception {
        if (keyring != null && keyring.isAlive()) {
            signal("CONT");
            keyring.destroy();
            keyring.waitFor(START_LIMIT_MS, TimeUnit.MILLISECONDS);
        }
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    @Override
    public void close() throws Exception {
        System.clearProperty(ADDRESS_PROPERTY);
        stopDaemon();
        bus.destroy();
        bus.waitFor(START_LIMIT_MS, TimeUnit.MILLISECONDS);
    }
}
