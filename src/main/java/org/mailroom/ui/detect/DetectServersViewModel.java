package org.mailroom.ui.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailroom.detect.Candidate;
import org.mailroom.detect.DetectionJob;
import org.mailroom.detect.DetectionResult;
import org.mailroom.detect.ProbeStatus;
import org.mailroom.detect.ServerDetector;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Direction;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.DetectFromAddress;
import org.mailroom.ui.common.DetectScope;
import org.mailroom.ui.common.Failures;

/**
 * The Detect servers window: detects the servers of an address's domain, lists the candidates ranked as they
 * arrive, and hands back the one the admin picks. It stores nothing and sends no credential; the caller turns the
 * chosen candidate into a server entry.
 */
public final class DetectServersViewModel {

    /** Inbound before outbound (the manager shows both), then the detection's own ranking. */
    private static final Comparator<Candidate> ORDER =
            Comparator.comparing(Candidate::direction).thenComparing(Candidate.ranking());

    private final ServerDetector detector;
    private final Background background;
    private final DetectScope scope;

    private final StringProperty address = new SimpleStringProperty("");
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<Candidate> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanBinding canDetect;
    private final BooleanBinding canUse;
    private final StringBinding selectedDetail;

    private volatile DetectionJob job;
    /** The detection whose candidates the list shows; arrivals from an earlier or a finished one are dropped. */
    private Object current;

    public DetectServersViewModel(ServerDetector detector, Background background, DetectScope scope,
                                  String initialAddress) {
        this.detector = detector;
        this.background = background;
        this.scope = scope;
        address.set(initialAddress == null ? "" : initialAddress);
        address.addListener(changed -> problem.set(""));
        canDetect = Bindings.createBooleanBinding(() -> !running.get() && !address.get().isBlank(), running, address);
        canUse = selected.isNotNull();
        selectedDetail = Bindings.createStringBinding(() -> detailOf(selected.get()), selected);
    }

    /**
     * Detects for the typed address: candidates show as their probes end, the final ranked list replaces them at
     * the end. The job runs on the background (tests: the calling thread, so this returns when it has ended).
     */
    public void detect() {
        cancel();
        Object thisRun = new Object();
        DetectionJob started;
        synchronized (this) {
            current = thisRun;
            candidates.clear();
            notes.clear();
            selected.set(null);
            problem.set("");
            running.set(true);
            try {
                started = detector.detect(address.get(), found -> background.publish(() -> arrived(thisRun, found)));
            } catch (RuleViolationException invalid) {
                current = null;
                running.set(false);
                status.set("");
                problem.set(invalid.getMessage());
                return;
            }
            job = started;
            status.set(Text.get("detect.ui.running", started.address().domain(), 0));
        }
        background.run(() -> started.result().join(), result -> finished(thisRun, result), failure -> failed(thisRun, failure));
    }

    /** Stops the running detection; the servers found by then stay listed. */
    public void cancel() {
        DetectionJob active = job;
        if (active != null) {
            active.cancel();
        }
    }

    /** The window is closing: nothing may go on probing behind it. */
    public void close() {
        cancel();
    }

    /** The candidate the admin picked, if any. */
    public Optional<Candidate> chosen() {
        return Optional.ofNullable(selected.get());
    }

    private synchronized void arrived(Object run, Candidate found) {
        if (run != current || !scope.includes(found.direction())) {
            return;
        }
        Endpoint chosen = Endpoint.of(selected.get());
        // the same endpoint comes again when a more trusted source names it: replace it
        candidates.removeIf(shown -> Endpoint.of(shown).equals(Endpoint.of(found)));
        int at = 0;
        while (at < candidates.size() && ORDER.compare(candidates.get(at), found) <= 0) {
            at++;
        }
        candidates.add(at, found);
        reselect(chosen);
        status.set(Text.get("detect.ui.running", job == null ? "" : job.address().domain(), candidates.size()));
    }

    private synchronized void finished(Object run, DetectionResult result) {
        if (run != current) {
            return;
        }
        current = null;
        job = null;
        Endpoint chosen = Endpoint.of(selected.get());
        List<Candidate> ranked = new ArrayList<>();
        if (scope.includes(Direction.INBOUND)) {
            ranked.addAll(result.inbound());
        }
        if (scope.includes(Direction.OUTBOUND)) {
            ranked.addAll(result.outbound());
        }
        candidates.setAll(ranked);
        notes.setAll(result.notes());
        running.set(false);
        double seconds = result.elapsed().toMillis() / 1000.0;
        status.set(Text.get(result.complete() ? "detect.ui.done" : "detect.ui.stopped", ranked.size(), seconds));
        reselect(chosen);
        // the best answer is the likely choice; an unconfirmed one the admin must pick deliberately
        if (selected.get() == null && !ranked.isEmpty() && ranked.get(0).status() == ProbeStatus.CONFIRMED) {
            selected.set(ranked.get(0));
        }
    }

    private synchronized void failed(Object run, Throwable failure) {
        if (run != current) {
            return;
        }
        current = null;
        job = null;
        running.set(false);
        status.set(Failures.describe(failure));
    }

    private void reselect(Endpoint chosen) {
        if (chosen != null) {
            candidates.stream().filter(c -> Endpoint.of(c).equals(chosen)).findFirst().ifPresent(selected::set);
        }
    }

    /** Where it came from and what the probe said; then what its source says about signing in. */
    private static String detailOf(Candidate candidate) {
        if (candidate == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        lines.add(candidate.source().label() + ": " + candidate.detail());
        if (candidate.status() != ProbeStatus.CONFIRMED) {
            lines.add(Text.get("detect.ui.unconfirmed"));
        }
        lines.addAll(candidate.signIn().lines());
        return String.join("\n", lines);
    }

    /** How detection tells candidates apart: a probe may turn a port's NONE into STARTTLS, but not into SSL/TLS. */
    private record Endpoint(String host, int port, Protocol protocol, boolean implicitTls) {
        static Endpoint of(Candidate candidate) {
            return candidate == null ? null : new Endpoint(candidate.host(), candidate.port(), candidate.protocol(),
                    candidate.security() == ConnectionSecurity.SSL_TLS);
        }
    }

    public DetectScope scope() {
        return scope;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    public ObjectProperty<Candidate> selectedProperty() {
        return selected;
    }

    public ObservableList<String> notes() {
        return notes;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** "Detecting the servers of contoso.com… 2 found so far", then what was found and how long it took. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the typed text cannot be detected for, e.g. it is no email address; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public BooleanBinding canDetectProperty() {
        return canDetect;
    }

    public BooleanBinding canUseProperty() {
        return canUse;
    }

    /** Where the selected candidate came from and what its probe said. */
    public StringBinding selectedDetailProperty() {
        return selectedDetail;
    }
}
