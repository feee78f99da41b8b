package org.mailroom.mail;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Provider;
import jakarta.mail.Service;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.mailroom.domain.Direction;
import org.mailroom.mail.ProbeExceptions.CancelledException;
import org.mailroom.mail.ProbeExceptions.DeadlineException;
import org.mailroom.mail.ProbeExceptions.MechanismNotOfferedException;
import org.mailroom.mail.ProbeExceptions.NotAuthenticatedException;

/**
 * One connection test of one mailbox against its real server. Angus does the protocol work; this class
 * resolves the host, lets Angus connect and log in, proves the login (INBOX opened, or SMTP's 235) and
 * turns what it saw into a {@link ProbeResult}. {@link #run()} blocks (call it off the FX thread) and never
 * throws; {@link #cancel()} may be called from any thread and makes {@code run()} return promptly.
 */
public final class MailProbe implements ConnectionProbe {

    /** DNS lookups cannot be interrupted or timed out, so they run aside and the test stops waiting. */
    private static final ExecutorService RESOLVER = Executors.newCachedThreadPool(DaemonThreads.named("mailroom-dns"));

    private final ProbeRequest request;
    private volatile boolean cancelled;
    private volatile ProbeSockets sockets;
    private Thread runner;

    private final Clock clock;
    private final TlsSessions sessions;

    public MailProbe(ProbeRequest request) {
        this(request, Clock.systemDefaultZone());
    }

    /** @param clock today, for the dated changes the report names (TLS 1.0/1.1 retired by Exchange Online) */
    public MailProbe(ProbeRequest request, Clock clock) {
        this(request, clock, TlsSessions.unshared());
    }

    /** @param sessions the TLS state of the run this test is part of ({@link ProbeRun#tls()} in Test all) */
    public MailProbe(ProbeRequest request, Clock clock, TlsSessions sessions) {
        this.request = request;
        this.clock = clock;
        this.sessions = sessions;
    }

    public ProbeRequest request() {
        return request;
    }

    @Override
    public String server() {
        return request.host().toLowerCase(java.util.Locale.ROOT) + ":" + request.port();
    }

    @Override
    public ProbeResult run() {
        synchronized (this) {
            runner = Thread.currentThread();
        }
        Instant startedAt = Instant.now();
        Timeline timeline = new Timeline();
        TlsObservation tls = new TlsObservation();
        ProbeSockets probeSockets = new ProbeSockets(timeline, tls, request.pinnedSha256(), sessions);
        sockets = probeSockets;
        if (cancelled) {
            probeSockets.cancel();
        }
        SecretMasker masker = new SecretMasker(request.login(), request.credentials().secret());
        Transcript transcript = new Transcript(masker, timeline);
        StepAssembler steps = new StepAssembler(request, timeline, tls, probeSockets, transcript, LocalDate.now(clock));
        Deadlines deadlines = new Deadlines(timeline, request.timeouts().step(), request.timeouts().whole(), () -> {
            probeSockets.cancel();
            interruptRunner(); // a DNS lookup in wait
        });
        try {
            checkCancelled();
            steps.resolved(resolve());
            timeline.mark(Timeline.Mark.RESOLVED);
            checkCancelled();
            Session session = Session.getInstance(AngusSettings.of(request, probeSockets));
            session.setDebugOut(new PrintStream(transcript, true, StandardCharsets.UTF_8)); // before debug is on
            session.setDebug(true);
            if (request.protocol().direction() == Direction.INBOUND) {
                steps.inboxCount(loginAndOpenInbox(session, probeSockets, timeline));
            } else {
                steps.smtpConfirmation(loginToSmtp(session, probeSockets, timeline));
            }
            return steps.result(startedAt, null, masker);
        } catch (Exception | LinkageError e) {
            String deadline = deadlines.hit();
            Exception cause = cancelled ? new CancelledException() : deadline != null ? new DeadlineException(deadline) : null;
            return steps.result(startedAt, cause != null ? cause : e, masker);
        } finally {
            deadlines.close();
            synchronized (this) {
                runner = null;
                if (cancelled || deadlines.hit() != null) {
                    Thread.interrupted(); // our own interrupt must not leak into the caller's thread pool
                }
            }
        }
    }

    /** Stops the test: closes its sockets (which unblocks any read) and interrupts a pending DNS lookup. */
    @Override
    public void cancel() {
        cancelled = true;
        ProbeSockets open = sockets;
        if (open != null) {
            open.cancel();
        }
        interruptRunner();
    }

    private synchronized void interruptRunner() {
        if (runner != null) {
            runner.interrupt();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    private List<InetAddress> resolve() throws Exception {
        CompletableFuture<InetAddress[]> lookup = CompletableFuture.supplyAsync(() -> {
            try {
                return InetAddress.getAllByName(request.host());
            } catch (UnknownHostException e) {
                throw new CompletionException(e);
            }
        }, RESOLVER);
        try {
            return List.of(lookup.get(request.timeouts().connect().toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            throw new UnknownHostException(request.host() + ": no DNS answer in time");
        } catch (InterruptedException e) {
            throw new CancelledException();
        }
    }

    private int loginAndOpenInbox(Session session, ProbeSockets probeSockets, Timeline timeline)
            throws MessagingException, CancelledException {
        Store store = switch (request.protocol()) {
            case IMAP -> session.getStore(new Provider(Provider.Type.STORE, "imap", ProbeImapStore.class.getName(),
                    "Mailroom", null));
            default -> session.getStore(AngusSettings.protocolName(request.protocol()));
        };
        try {
            store.connect(request.host(), request.port(), request.login(), new String(request.credentials().secret()));
            loggedIn(probeSockets, timeline);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            int count = inbox.getMessageCount();
            inbox.close(false);
            timeline.mark(Timeline.Mark.VERIFIED);
            return count;
        } finally {
            closeQuietly(store);
        }
    }

    /** Angus' connect() alone proves nothing: without AUTH in EHLO it connects without logging in. */
    private String loginToSmtp(Session session, ProbeSockets probeSockets, Timeline timeline)
            throws MessagingException, CancelledException {
        SMTPTransport transport = (SMTPTransport) session.getTransport("smtp");
        try {
            transport.connect(request.host(), request.port(), request.login(), new String(request.credentials().secret()));
            String reply = transport.getLastServerResponse();
            if (transport.getLastReturnCode() != 235) {
                boolean offered = transport.supportsExtension("AUTH") || transport.supportsExtension("AUTH=LOGIN");
                throw new MessagingException(reply, offered
                        ? new NotAuthenticatedException("The server did not confirm the login with 235")
                        : new MechanismNotOfferedException("The server offers no AUTH: it would send without login"));
            }
            loggedIn(probeSockets, timeline);
            timeline.mark(Timeline.Mark.VERIFIED);
            return reply;
        } finally {
            closeQuietly(transport);
        }
    }

    private void loggedIn(ProbeSockets probeSockets, Timeline timeline) throws CancelledException, MessagingException {
        timeline.mark(Timeline.Mark.AUTH_STARTED); // a pre-authenticated IMAP server skips the login
        timeline.mark(Timeline.Mark.LOGGED_IN);
        try {
            probeSockets.recordFinishedHandshake();
        } catch (javax.net.ssl.SSLHandshakeException e) {
            throw new MessagingException(e.getMessage(), e);
        }
        checkCancelled();
    }

    private void checkCancelled() throws CancelledException {
        if (cancelled) {
            throw new CancelledException();
        }
    }

    private static void closeQuietly(Service service) {
        try {
            service.close();
        } catch (MessagingException | RuntimeException ignored) {
            // the test's outcome is known; a failing QUIT or LOGOUT changes nothing
        }
    }
}
