package org.mailroom.detect;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mailroom.domain.Direction;

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

    /** True when the endpoint is new and should be probed; a known one only takes a more trusted source. */
    synchronized boolean offer(Candidate candidate) {
        Candidate.Endpoint endpoint = candidate.endpoint();
        Candidate known = proposed.get(endpoint);
        if (known == null) {
            proposed.put(endpoint, candidate);
            return true;
        }
        if (candidate.source().compareTo(known.source()) < 0) {
            proposed.put(endpoint, known.withOrigin(candidate.source(), candidate.detail()));
        }
        return false;
    }

    /** Records a probe's outcome; the candidate to show, or empty when it is not worth showing. */
    synchronized Optional<Candidate> record(Candidate probed, ProbeOutcome outcome) {
        Candidate.Endpoint endpoint = probed.endpoint();
        outcomes.put(endpoint, outcome);
        Candidate result = proposed.get(endpoint).checked(outcome);
        return worthShowing(result) ? Optional.of(result) : Optional.empty();
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
