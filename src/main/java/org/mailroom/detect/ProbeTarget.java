package org.mailroom.detect;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * Where the probe connects for a host and port. Production asks the system resolver, as the mail client later
 * will; tests map made-up host names and standard ports to a local server on a dynamic port. TLS is still
 * checked against the candidate's host name, whatever address it maps to.
 */
@FunctionalInterface
public interface ProbeTarget {

    InetSocketAddress locate(String host, int port) throws UnknownHostException;

    static ProbeTarget system() {
        return (host, port) -> new InetSocketAddress(InetAddress.getByName(host), port);
    }
}
