package org.mailroom.ui.detect;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mailroom.detect.Candidate;
import org.mailroom.detect.ServerDetector;
import org.mailroom.service.MailServers;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.DetectFromAddress;
import org.mailroom.ui.common.DetectScope;
import org.mailroom.ui.common.DetectedServer;
import org.mailroom.ui.common.DialogService;
import org.mailroom.ui.common.Failures;

/**
 * "Detect from address": the Detect servers window, then the candidate the admin chose as a server entry. Only
 * then is anything stored, and an entry with the same endpoint is reused rather than added twice.
 */
public final class ServerDetection implements DetectFromAddress {

    private final ServerDetector detector;
    private final MailServers store;
    private final Background workspace;
    private final Background network;
    private final DialogService dialogs;
    private final Function<DetectServersViewModel, Optional<Candidate>> window;

    /**
     * @param workspace where the store is used
     * @param network   where detection waits for its probes, so the workspace is never held up by a slow server
     * @param window    opens the Detect servers window; the candidate chosen there, empty when cancelled
     */
    public ServerDetection(ServerDetector detector, MailServers store, Background workspace, Background network,
                           DialogService dialogs, Function<DetectServersViewModel, Optional<Candidate>> window) {
        this.window = window;
        this.detector = detector;
        this.store = store;
        this.workspace = workspace;
        this.network = network;
        this.dialogs = dialogs;
    }

    @Override
    public void open(DetectScope scope, String address, Consumer<DetectedServer> onChosen) {
        DetectServersViewModel window = new DetectServersViewModel(detector, network, scope, address);
        this.window.apply(window).ifPresent(chosen ->
                workspace.run(() -> new DetectedServer(store.entryFor(chosen), chosen.signIn()), onChosen,
                        failure -> dialogs.showError(Text.get("error.title"), Failures.describe(failure))));
    }
}
