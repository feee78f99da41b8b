package org.mailroom.ui.servers;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.Violation;

/**
 * The Mail servers form: host, port, type and security, checked as typed. The port follows the protocol and security
 * with the usual default until the admin types another.
 */
final class ServerForm {

    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final ObjectProperty<Protocol> protocol = new SimpleObjectProperty<>(Protocol.IMAP);
    private final ObjectProperty<ConnectionSecurity> security = new SimpleObjectProperty<>(ConnectionSecurity.SSL_TLS);
    private final ReadOnlyObjectWrapper<List<Violation>> violations = new ReadOnlyObjectWrapper<>(List.of());
    private final BooleanBinding valid;

    /** {@code typed} runs after any field changed. */
    ServerForm(Runnable typed) {
        port.set(String.valueOf(defaultPort()));
        protocol.addListener((o, before, now) -> followDefaultPort(before, security.get()));
        security.addListener((o, before, now) -> followDefaultPort(protocol.get(), before));
        for (Observable field : List.of(host, port, protocol, security)) {
            field.addListener(changed -> {
                typed.run();
                revalidate();
            });
        }
        revalidate();
        valid = Bindings.createBooleanBinding(() -> violations.get().isEmpty(), violations);
    }

    /** Empty, for a new entry. */
    void clear() {
        host.set("");
        protocol.set(Protocol.IMAP);
        security.set(ConnectionSecurity.SSL_TLS);
        port.set(String.valueOf(defaultPort()));
    }

    void fill(MailServer server) {
        host.set(server.host());
        protocol.set(server.protocol());
        security.set(server.security());
        port.set(String.valueOf(server.port()));
    }

    /** Whether the form shows {@code server} as it is: if not, it holds the admin's unsaved edits. */
    boolean shows(MailServer server) {
        return server.host().equals(host.get().strip()) && String.valueOf(server.port()).equals(port.get().strip())
                && server.protocol() == protocol.get() && server.security() == security.get();
    }

    /** The entry as typed, with {@code id} (0 for a new one); only when {@link #valid} is true. */
    MailServer entry(long id) {
        return new MailServer(id, host.get(), Integer.parseInt(port.get().strip()), protocol.get(), security.get());
    }

    /** Moves the port to the new default when it still shows the old one (or nothing). */
    private void followDefaultPort(Protocol oldProtocol, ConnectionSecurity oldSecurity) {
        String typed = port.get() == null ? "" : port.get().strip();
        if (typed.isEmpty() || typed.equals(String.valueOf(oldProtocol.defaultPort(oldSecurity)))) {
            port.set(String.valueOf(defaultPort()));
        }
    }

    private int defaultPort() {
        return protocol.get().defaultPort(security.get());
    }

    private void revalidate() {
        String typed = port.get() == null ? "" : port.get().strip();
        int number = typed.matches("\\d{1,5}") ? Integer.parseInt(typed) : -1;
        violations.set(MailServer.check(host.get(), number, protocol.get(), security.get()));
    }

    StringProperty host() {
        return host;
    }

    StringProperty port() {
        return port;
    }

    ObjectProperty<Protocol> protocol() {
        return protocol;
    }

    ObjectProperty<ConnectionSecurity> security() {
        return security;
    }

    ReadOnlyObjectProperty<List<Violation>> violations() {
        return violations.getReadOnlyProperty();
    }

    BooleanBinding valid() {
        return valid;
    }
}
