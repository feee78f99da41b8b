package org.mailroom.testing;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mailroom.Wiring;
import org.mailroom.detect.DetectionSettings;
import org.mailroom.oauth.IdentityProviderSettings;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.store.WorkspaceDatabase;

/** The app's own {@link Wiring}, with background work on the calling thread and scripted dialogs and screens. */
public final class TestScreens {

    private static final ExecutorService TOKEN_WORK = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "test-oauth");
        thread.setDaemon(true);
        return thread;
    });

    private TestScreens() {
    }

    /**
     * Detection that never leaves the machine: DNS asks a closed loopback port, every host name is unknown. Only
     * the built-in presets and ISPDB files find anything.
     */
    public static final DetectionSettings OFFLINE_DETECTION = DetectionSettings.defaults(null)
            .withDnsServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 9))
            .withTimeouts(Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(2))
            .withProbeTarget((host, port) -> {
                throw new UnknownHostException(host);
            });

    public static Wiring wiring(WorkspaceDatabase database, ScriptedDialogs dialogs) {
        return wiring(database, dialogs, OFFLINE_DETECTION);
    }

    public static Wiring wiring(WorkspaceDatabase database, ScriptedDialogs dialogs, DetectionSettings detection) {
        DirectBackground background = new DirectBackground();
        return new Wiring(database, new Wiring.Parts(background, background, TOKEN_WORK, dialogs, dialogs, Clock.systemUTC(),
                detection, IdentityProviderSettings.defaults(), OsKeyring.UNAVAILABLE, background));
    }
}
