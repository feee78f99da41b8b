package org.mailroom.detect;

import java.time.Duration;
import java.util.List;

/**
 * What detection found, best first in each list.
 *
 * @param inbound  IMAP and POP3 candidates
 * @param outbound SMTP candidates
 * @param notes    what the admin should know: a skipped file, a DNS server that did not answer, a cut-off run
 * @param complete false when the time budget or a cancel stopped it; the lists then hold what was found so far
 * @param elapsed  from the start to this result
 */
public record DetectionResult(List<Candidate> inbound, List<Candidate> outbound, List<String> notes, boolean complete,
                              Duration elapsed) {

    public DetectionResult {
        inbound = List.copyOf(inbound);
        outbound = List.copyOf(outbound);
        notes = List.copyOf(notes);
    }

    public boolean isEmpty() {
        return inbound.isEmpty() && outbound.isEmpty();
    }
}
