package org.mailroom.testing;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * A DNS server on 127.0.0.1 and a free UDP port, answering from a small table: SRV and MX records, NXDOMAIN for
 * the names it is told, NOERROR without records for the rest; or, when silent, never answering at all.
 */
public final class LoopbackDnsServer implements AutoCloseable {

    private final DatagramSocket socket;
    private final Map<String, List<Record>> records = new ConcurrentHashMap<>();
    private final Set<String> missingDomains = ConcurrentHashMap.newKeySet();
    private final List<String> questions = new CopyOnWriteArrayList<>();
    private final AtomicInteger answered = new AtomicInteger();
    private volatile boolean silent;

    public LoopbackDnsServer() throws SocketException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread thread = new Thread(this::serve, "loopback-dns");
        thread.setDaemon(true);
        thread.start();
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    public LoopbackDnsServer silent() {
        silent = true;
        return this;
    }

    public LoopbackDnsServer srv(String name, int priority, int weight, int port, String target) {
        return add(new SRVRecord(name(name), DClass.IN, 300, priority, weight, port, name(target)));
    }

    public LoopbackDnsServer mx(String domain, int preference, String host) {
        return add(new MXRecord(name(domain), DClass.IN, 300, preference, name(host)));
    }

    public LoopbackDnsServer noSuchDomain(String domain) {
        missingDomains.add(key(name(domain), Type.MX));
        return this;
    }

    public List<String> questions() {
        return questions;
    }

    private LoopbackDnsServer add(Record record) {
        records.computeIfAbsent(key(record.getName(), record.getType()), k -> new CopyOnWriteArrayList<>()).add(record);
        return this;
    }

    private void serve() {
        byte[] buffer = new byte[4096];
        while (!socket.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                Message query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                Record question = query.getQuestion();
                questions.add(question.getName() + " " + Type.string(question.getType()));
                if (silent) {
                    continue;
                }
                byte[] answer = answer(query, question).toWire();
                socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
                answered.incrementAndGet();
            } catch (IOException e) {
                // closed, or a packet that is not DNS: keep serving until closed
            }
        }
    }

    private Message answer(Message query, Record question) {
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.AA);
        if (query.getHeader().getFlag(Flags.RD)) {
            response.getHeader().setFlag(Flags.RD);
            response.getHeader().setFlag(Flags.RA);
        }
        response.addRecord(question, Section.QUESTION);
        String key = key(question.getName(), question.getType());
        if (missingDomains.contains(key)) {
            response.getHeader().setRcode(Rcode.NXDOMAIN);
            return response;
        }
        records.getOrDefault(key, List.of()).forEach(r -> response.addRecord(r, Section.ANSWER));
        return response;
    }

    private static String key(Name name, int type) {
        return name.toString().toLowerCase(java.util.Locale.ROOT) + "/" + type;
    }

    private static Name name(String text) {
        try {
            return Name.fromString(text.endsWith(".") ? text : text + ".");
        } catch (TextParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
