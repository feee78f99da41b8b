package org.mailroom.check.rules;

import org.mailroom.check.CheckContext;
import org.mailroom.check.ItemRef;
import org.mailroom.check.Reporter;
import org.mailroom.check.Rule;
import org.mailroom.check.WellKnownPorts;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Severity;

/** Port, protocol and security that cannot work together: another protocol's port, or the other kind of security's. */
public final class PortMismatch extends Rule {

    public PortMismatch() {
        super("portMismatch", Severity.ERROR);
    }

    @Override
    public void check(CheckContext workspace, Reporter reporter) {
        for (MailServer server : workspace.serverEntries()) {
            WellKnownPorts.conflict(server).ifPresent(conflict -> reporter.report(ItemRef.of(server), server.address(),
                    server.protocol(), server.security().label(), conflict.mismatch().ordinal(), conflict.portProtocol(),
                    String.valueOf(server.port()), String.valueOf(conflict.fixPort()), conflict.fixSecurity().label(),
                    String.valueOf(server.protocol().defaultPort(ConnectionSecurity.SSL_TLS))));
        }
    }
}
