package org.mailroom.domain;

import java.net.URI;
import java.util.Optional;

/**
 * Microsoft Graph in one of Microsoft's clouds: a Graph mailbox has no host, port or security of its own, only the
 * cloud whose Graph host serves it (its address is the mailbox's login).
 */
public record GraphCloud(Cloud cloud) implements Endpoint {

    public GraphCloud {
        check(cloud).ifPresent(RuleViolationException::throwFor);
    }

    public static Optional<Violation> check(Cloud cloud) {
        if (cloud == null) {
            return Optional.of(Violation.of(Field.CLOUD, "rule.required"));
        }
        return cloud.isOpen() ? Optional.empty() : Optional.of(Violation.of(Field.CLOUD, "rule.cloudClosed"));
    }

    @Override
    public MailboxKind kind() {
        return MailboxKind.GRAPH;
    }

    /** graph.microsoft.com, graph.microsoft.us, ... */
    @Override
    public String host() {
        return URI.create(cloud.graphResource()).getHost();
    }

    @Override
    public String address() {
        return cloud.graphResource();
    }

    /** "graph.microsoft.com · Graph". */
    @Override
    public String label() {
        return host() + " · Graph";
    }

    @Override
    public String toString() {
        return label();
    }
}
