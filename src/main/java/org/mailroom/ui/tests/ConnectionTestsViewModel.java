package org.mailroom.ui.tests;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.mailroom.domain.Mailbox;
import org.mailroom.mail.FailureKind;
import org.mailroom.mail.LastTest;
import org.mailroom.mail.ConnectionProbe;
import org.mailroom.mail.MailProbe;
import org.mailroom.mail.ProbeBatch;
import org.mailroom.mail.ProbeResult;

import org.mailroom.oauth.StoredRegistration;
import org.mailroom.service.ConnectionTester;
import org.mailroom.text.Text;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.DialogService;
import org.mailroom.ui.common.Failures;

/**
 * Connection tests against the real mail servers: one mailbox ("Test") or all shown ("Test all"),
 * off the FX thread, cancellable. The password is asked for when it was not typed this session; an
 * untrusted certificate is shown to the admin, who may trust exactly that certificate.
 */
public final class ConnectionTestsViewModel {

    /**
     * At most this many tests at once against one server (our own choice, not Genesys'); servers run side by side. 20:
     * an on-premises Exchange receive connector serves 20 connections at once per client address by default, the
     * tightest such default we know; per-user limits (Exchange IMAP 16, Exchange Online per mailbox) do not bind, each
     * test being another mailbox's one connection. With 8, a server of 20 mailboxes took three rounds of one test each.
     */
    static final int PER_SERVER = 20;

    private final ConnectionTester tester;
    private final SecretPrompts prompts;
    private final Background workspace;
    private final Background mail;
    private final DialogService dialogs;
    private final CertificateTrust trust;

    private final ObservableMap<Long, LastTest> lastTests = FXCollections.observableHashMap();
    private final ObservableMap<Long, ProbeResult> sessionResults = FXCollections.observableHashMap();
    private final BooleanProperty running = new SimpleBooleanProperty();
    /** How many mailboxes the last Test all left out because Test cannot reach their kind yet. */
    private int untested;
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressText = new SimpleStringProperty("");
    private volatile Runnable cancel = () -> { };
    private Runnable onFinished = () -> { };

    public ConnectionTestsViewModel(ConnectionTester tester, Background workspace, Background mail, DialogService dialogs) {
        this.tester = tester;
        this.prompts = new SecretPrompts(tester, workspace, dialogs);
        this.workspace = workspace;
        this.mail = mail;
        this.dialogs = dialogs;
        this.trust = new CertificateTrust(tester, workspace, dialogs);
    }

    /** Called on the FX thread whenever a test or a batch of tests has ended. */
    public void setOnFinished(Runnable action) {
        this.onFinished = action;
    }

    public void showLastTests(Map<Long, LastTest> stored) {
        lastTests.clear();
        lastTests.putAll(stored);
    }

    /**
     * Tests one mailbox; asks for its password first when none was typed this session. A mailbox that
     * uses OAuth 2.0 gets a token first (with its password, or the app's client secret) and logs in
     * with XOAUTH2, as E-mail Server will.
     */
    public void test(Mailbox mailbox) {
        if (running.get()) {
            return;
        }
        if (!tester.testsLive(mailbox)) {
            progressText.set(Text.get("tests.noLiveTest.one", mailbox.name(), Text.of(mailbox.kind())));
            return;
        }
        workspace.run(() -> new Prepared(mailbox.mailServer().flatMap(tester::pinOf).orElse(null), tester.registrationOf(mailbox),
                tester.knownPassword(mailbox), tester.savesPasswords()), prepared -> {
            Optional<char[]> secret = SecretPrompts.takesAppSecret(mailbox, prepared.registration().orElse(null))
                    ? prompts.clientSecret(prepared.registration().get())
                    : prompts.password(mailbox, prepared.knownPassword(), prepared.saves(), onFinished, this::fail);
            if (secret.isEmpty()) {
                return;
            }
            begin(Text.get("tests.running.one", mailbox.name()), -1);
            AtomicReference<Runnable> stopProbe = new AtomicReference<>();
            AtomicReference<Background.Run> run = new AtomicReference<>();
            cancel = () -> stopOrDrop(run.get(), stopProbe.get());
            run.set(mail.run(() -> {
                ConnectionProbe probe;
                if (mailbox.kind().usesMailServer()) {
                    ConnectionTester.Attempt attempt = tester.signIn(mailbox, prepared.registration(), secret.get(), prepared.pin());
                    if (attempt.refused() != null) {
                        return attempt.refused();
                    }
                    probe = new MailProbe(attempt.request());
                } else {
                    probe = tester.webApiProbe(mailbox, prepared.registration(), secret.get());
                }
                stopProbe.set(probe::cancel);
                return probe.run();
            }, result -> {
                record(mailbox, result);
                end(Text.get("tests.done.one", mailbox.name(), result.overall().label()));
                trust.offer(mailbox, result, this::test, this::fail);
            }, this::fail));
        }, this::fail);
    }

    private record Prepared(String pin, Optional<StoredRegistration> registration, Optional<char[]> knownPassword,
                            boolean saves) {
    }

    /**
     * Tests the given mailboxes side by side. The secrets are asked first (a password per mailbox, a
     * client secret per app); a mailbox whose secret the admin doesn't type is left out, and one whose
     * token is refused is reported with the reason.
     */
    public void testAll(List<Mailbox> shown) {
        // mailboxes Test cannot reach yet (EWS, Graph) are left out, and the end of the run says how many
        List<Mailbox> mailboxes = shown.stream().filter(tester::testsLive).toList();
        untested = shown.size() - mailboxes.size();
        if (running.get() || mailboxes.isEmpty()) {
            if (untested > 0) {
                progressText.set(Text.get("tests.noLiveTest.all", untested));
            }
            return;
        }
        workspace.run(() -> new Plan(tester.pins(), tester.registrationsOf(mailboxes), prompts.knownPasswords(mailboxes),
                tester.savesPasswords()), plan -> {
            List<Mailbox> tested = new ArrayList<>();
            List<char[]> secrets = new ArrayList<>();
            Map<Long, Optional<char[]>> appSecrets = new HashMap<>();
            for (Mailbox mailbox : mailboxes) {
                StoredRegistration app = plan.registrations().get(mailbox.id());
                Optional<char[]> secret = SecretPrompts.takesAppSecret(mailbox, app)
                        ? appSecrets.computeIfAbsent(app.id(), id -> prompts.clientSecret(app))
                        : prompts.password(mailbox, Optional.ofNullable(plan.knownPasswords().get(mailbox.id())), plan.saves(),
                                onFinished, this::fail);
                secret.ifPresent(typed -> {
                    tested.add(mailbox);
                    secrets.add(typed);
                });
            }
            if (!tested.isEmpty()) {
                runBatch(tested, secrets, plan);
            }
        }, this::fail);
    }

    private void runBatch(List<Mailbox> tested, List<char[]> secrets, Plan plan) {
        begin(Text.get("tests.running.all", 0, tested.size()), 0);
        ProbeBatch batch = new ProbeBatch(PER_SERVER);
        AtomicReference<Runnable> stopBatch = new AtomicReference<>();
        AtomicReference<Background.Run> run = new AtomicReference<>();
        cancel = () -> stopOrDrop(run.get(), stopBatch.get());
        run.set(mail.run(() -> {
            stopBatch.set(batch::cancel);
            List<Mailbox> tokenRefused = new ArrayList<>();
            List<ProbeResult> refusals = new ArrayList<>();
            List<Mailbox> ready = new ArrayList<>();
            List<ConnectionProbe> probes = new ArrayList<>();
            for (int i = 0; i < tested.size(); i++) {
                Mailbox mailbox = tested.get(i);
                Optional<StoredRegistration> app = Optional.ofNullable(plan.registrations().get(mailbox.id()));
                if (!mailbox.kind().usesMailServer()) { // Graph and EWS run in the batch beside the mail tests
                    ready.add(mailbox);
                    probes.add(tester.webApiProbe(mailbox, app, secrets.get(i), batch.run()));
                    continue;
                }
                ConnectionTester.Attempt attempt = tester.signIn(mailbox, app, secrets.get(i),
                        plan.pins().get(mailbox.mailServer().orElseThrow().id()));
                if (attempt.refused() != null) {
                    tokenRefused.add(mailbox);
                    refusals.add(attempt.refused());
                } else {
                    ready.add(mailbox);
                    probes.add(new MailProbe(attempt.request(), Clock.systemDefaultZone(), batch.run().tls()));
                }
            }
            List<ProbeResult> probed = probes.isEmpty() ? List.of() : batch.startProbes(probes, (result, done, total) -> mail.publish(() -> {
                progress.set((double) done / total);
                progressText.set(Text.get("tests.running.all", done, total));
            })).join();
            ready.addAll(tokenRefused);
            List<ProbeResult> all = new ArrayList<>(probed);
            all.addAll(refusals);
            return new BatchOutcome(ready, all);
        }, outcome -> {
            for (int i = 0; i < outcome.results().size(); i++) {
                record(outcome.tested().get(i), outcome.results().get(i));
            }
            long failed = outcome.results().stream().filter(r -> !r.succeeded()).count();
            end(Text.get("tests.done.all", outcome.tested().size(), failed)
                    + (untested > 0 ? " " + Text.get("tests.noLiveTest.all", untested) : ""));
        }, this::fail));
    }

    private record Plan(Map<Long, String> pins, Map<Long, StoredRegistration> registrations, Map<Long, char[]> knownPasswords,
                        boolean saves) {
    }

    private record BatchOutcome(List<Mailbox> tested, List<ProbeResult> results) {
    }

    public void cancel() {
        cancel.run();
    }

    /**
     * Cancel: a probe under way stops and reports a cancelled test as usual; a run no worker has started
     * yet is dropped, and the test ends here.
     */
    private void stopOrDrop(Background.Run run, Runnable stopStarted) {
        if (stopStarted != null) {
            stopStarted.run();
        } else {
            run.cancel();
            end(Text.get("tests.cancelled"));
        }
    }

    /** The full report of this session's last test of the mailbox, for "Copy report". */
    public Optional<String> report(long mailboxId) {
        return Optional.ofNullable(sessionResults.get(mailboxId)).map(ProbeResult::toPlainText);
    }

    /** Keeps the result for this session and, unless the test was cancelled, as the mailbox's last test. */
    private void record(Mailbox mailbox, ProbeResult result) {
        sessionResults.put(mailbox.id(), result);
        if (result.failure() != null && result.failure().kind() == FailureKind.CANCELLED) {
            return;
        }
        LastTest last = LastTest.of(mailbox.id(), result);
        lastTests.put(mailbox.id(), last);
        workspace.run(() -> {
            tester.record(last);
            return last;
        }, saved -> { }, this::fail);
    }

    private void begin(String text, double fraction) {
        running.set(true);
        progress.set(fraction);
        progressText.set(text);
    }

    private void end(String text) {
        running.set(false);
        progress.set(1);
        progressText.set(text);
        cancel = () -> { };
        onFinished.run();
    }

    private void fail(Throwable failure) {
        end("");
        dialogs.showError(Text.get("error.title"), Failures.describe(failure));
    }

    public ObservableMap<Long, LastTest> lastTests() {
        return lastTests;
    }

    public ObservableMap<Long, ProbeResult> sessionResults() {
        return sessionResults;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }
}
