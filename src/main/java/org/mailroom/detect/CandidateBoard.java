package org.mailroom.detect;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mailroom.domain.Direction;
import org.mailroom.text.Text;

/**
 * Every endpoint detection has heard of, once: the same host, port and protocol from two sources is one candidate
 * with the more trusted source. Thread-safe; sources and probes report from several threads.
 */
final class CandidateBoard {

    /** Reachable first, then implicit TLS, STARTTLS, plain; then the more trusted source; then by name. */
    static final Comparator<Candidate> RANKING = Comparator.comparing(Candidate::status)
            .thenComparing(Candidate::security)
            .thenComparing(Candidate::source)
            .thenComparing(Candidate::host)
            .thenComparingInt(Candidate::port);

    private final Map<Candidate.Endpoint, Candidate> proposed = new LinkedHashMap<>();
    private final Map<Candidate.Endpoint, ProbeOutcome> outcomes = new LinkedHashMap<>();

    /** Whose word on sign-in counts: a file says what the provider publishes, so it comes before built-in settings. */
    private static final Comparator<Candidate> SIGN_IN_AUTHORITY =
            Comparator.comparing((Candidate c) -> c.source() != Source.ISPDB).thenComparing(Candidate::source);

    /**
     * True when the endpoint is new and should be probed. A known one takes the more trusted source and, from
     * either, what is known about signing in: built-in settings fill the gaps of a file, never hide what it says.
     */
    synchronized boolean offer(Candidate candidate) {
        Candidate.Endpoint endpoint = candidate.endpoint();
        Candidate known = proposed.get(endpoint);
        if (known == null) {
            proposed.put(endpoint, candidate);
            return true;
        }
        Candidate trusted = candidate.source().compareTo(known.source()) < 0 ? candidate : known;
        Candidate other = trusted == candidate ? known : candidate;
        Candidate first = SIGN_IN_AUTHORITY.compare(candidate, known) < 0 ? candidate : known;
        Candidate second = first == candidate ? known : candidate;
        String detail = other.source() == Source.ISPDB && !trusted.detail().contains(other.detail())
                ? Text.get("detect.detail.alsoIn", trusted.detail(), other.detail()) : trusted.detail();
        proposed.put(endpoint, known.withOrigin(trusted.source(), detail, first.signIn().or(second.signIn())));
        return false;
    }

    /** Records a probe's outcome; the candidate to show, or empty when it is not worth showing. */
    synchronized Optional<Candidate> record(Candidate probed, ProbeOutcome outcome) {
        Candidate.Endpoint endpoint = probed.endpoint();
        outcomes.put(endpoint, outcome);
        Candidate result = proposed.get(endpoint).checked(outcome);
        return worthShowing(result) ? Optional.of(result) : Optional.empty();
    }

    synchronized boolean isEmpty() {
        return proposed.isEmpty();
    }

    synchronized int proposedCount() {
        return proposed.size();
    }

    /** Whether a source better than a guess has named a server for this direction. */
    synchronized boolean knows(Direction direction) {
        return proposed.values().stream().anyMatch(c -> c.source() != Source.GUESS && c.direction() == direction);
    }

    /** Everything so far, ranked; candidates whose probe has not ended show as NOT_CHECKED. */
    synchronized List<Candidate> ranked(Direction direction) {
        return proposed.entrySet().stream()
                .map(e -> outcomes.containsKey(e.getKey()) ? e.getValue().checked(outcomes.get(e.getKey())) : e.getValue())
                .filter(c -> c.direction() == direction)
                .filter(CandidateBoard::worthShowing)
                .sorted(RANKING)
                .toList();
    }

    /** A guess is only a guess until a server answers there: TLS trouble is worth telling, silence is not. */
    private static boolean worthShowing(Candidate candidate) {
        return candidate.source() != Source.GUESS
                || candidate.status() == ProbeStatus.CONFIRMED || candidate.status() == ProbeStatus.TLS_FAILED;
    }
}
