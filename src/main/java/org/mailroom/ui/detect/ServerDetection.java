package org.mailroom.ui.detect;

import java.util.function.Consumer;
import org.mailroom.detect.Candidate;
import org.mailroom.detect.ServerDetector;
import org.mailroom.domain.MailServer;
import org.mailroom.store.MailServerStore;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.DialogService;
import org.mailroom.ui.common.Failures;

/**
 * "Detect from address": the Detect servers window, then the candidate the admin chose as a server entry. Only
 * then is anything stored, and an entry with the same endpoint is reused rather than added twice.
 */
public final class ServerDetection implements DetectFromAddress {

    private final ServerDetector detector;
    private final MailServerStore store;
    private final Background workspace;
    private final Background network;
    private final DialogService dialogs;

    /**
     * @param workspace where the store is used
     * @param network   where detection waits for its probes, so the workspace is never held up by a slow server
     */
    public ServerDetection(ServerDetector detector, MailServerStore store, Background workspace, Background network,
                           DialogService dialogs) {
        this.detector = detector;
        this.store = store;
        this.workspace = workspace;
        this.network = network;
        this.dialogs = dialogs;
    }

    @Override
    public void open(DetectScope scope, String address, Consumer<MailServer> onChosen) {
        DetectServersViewModel window = new DetectServersViewModel(detector, network, scope, address);
        dialogs.detectServers(window).ifPresent(chosen ->
                workspace.run(() -> entryFor(chosen), onChosen,
                        failure -> dialogs.showError(Text.get("error.title"), Failures.describe(failure))));
    }

    /** The stored entry for the candidate's endpoint; added when the workspace has none yet. */
    private MailServer entryFor(Candidate chosen) {
        MailServer draft = chosen.toMailServer();
        return store.findAll().stream().filter(draft::sameEndpoint).findFirst().orElseGet(() -> store.add(draft));
    }
}
