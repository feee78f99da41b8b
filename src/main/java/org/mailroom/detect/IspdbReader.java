package org.mailroom.detect;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.mailroom.detect.IspdbConfig.IspdbServer;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Protocol;
import org.mailroom.text.Text;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads Thunderbird ISPDB clientConfig files as real ones are written: several servers and authentication
 * entries, unknown elements and server types (skipped). A file that is not well-formed is refused with its name;
 * a DOCTYPE is refused outright, so no external entity or DTD is ever fetched.
 */
final class IspdbReader {

    private IspdbReader() {
    }

    static IspdbConfig read(InputStream in, String fileName) throws IspdbFormatException {
        Document document;
        try {
            DocumentBuilder builder = hardenedFactory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // no stderr noise; the exception says it all
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId);
            });
            document = builder.parse(in, fileName);
        } catch (SAXException | IOException e) {
            throw new IspdbFormatException(Text.get("detect.ispdb.malformed", fileName, e.getMessage()), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses the hardening features", e);
        }
        Element root = document.getDocumentElement();
        if (!"clientConfig".equals(root.getTagName())) {
            throw new IspdbFormatException(Text.get("detect.ispdb.notClientConfig", fileName, root.getTagName()), null);
        }
        Element provider = firstChild(root, "emailProvider")
                .orElseThrow(() -> new IspdbFormatException(Text.get("detect.ispdb.noProvider", fileName), null));
        List<String> domains = new ArrayList<>();
        List<IspdbServer> servers = new ArrayList<>();
        String name = fileName;
        for (Element child : children(provider)) {
            switch (child.getTagName()) {
                case "domain" -> domains.add(text(child).toLowerCase(Locale.ROOT));
                case "displayName" -> name = text(child);
                case "incomingServer", "outgoingServer" -> server(child).ifPresent(servers::add);
                default -> { } // documentation, displayShortName, enable, webMail...: not needed here
            }
        }
        return new IspdbConfig(fileName, name, List.copyOf(domains), List.copyOf(servers));
    }

    private static DocumentBuilderFactory hardenedFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }

    /** A server of a type Mailroom uses (imap, pop3, smtp) with a host, a port and a known socketType. */
    private static Optional<IspdbServer> server(Element element) {
        Protocol protocol = switch (element.getAttribute("type").toLowerCase(Locale.ROOT)) {
            case "imap" -> Protocol.IMAP;
            case "pop3" -> Protocol.POP3;
            case "smtp" -> Protocol.SMTP;
            default -> null; // exchange, ews, jmap...: other protocols
        };
        String host = firstChild(element, "hostname").map(IspdbReader::text).orElse("");
        Optional<ConnectionSecurity> security = firstChild(element, "socketType").map(IspdbReader::text)
                .flatMap(IspdbReader::security);
        int port = firstChild(element, "port").map(IspdbReader::text).map(IspdbReader::port).orElse(-1);
        if (protocol == null || host.isEmpty() || security.isEmpty() || port < 0) {
            return Optional.empty();
        }
        List<String> authentication = children(element).stream()
                .filter(e -> "authentication".equals(e.getTagName())).map(IspdbReader::text)
                .filter(s -> !s.isEmpty()).toList();
        return Optional.of(new IspdbServer(protocol, host, port, security.get(), authentication));
    }

    private static Optional<ConnectionSecurity> security(String socketType) {
        return switch (socketType.toUpperCase(Locale.ROOT)) {
            case "SSL" -> Optional.of(ConnectionSecurity.SSL_TLS);
            case "STARTTLS" -> Optional.of(ConnectionSecurity.STARTTLS);
            case "PLAIN" -> Optional.of(ConnectionSecurity.NONE);
            default -> Optional.empty();
        };
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            return port >= 1 && port <= 65535 ? port : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String text(Element element) {
        return element.getTextContent().strip();
    }

    private static Optional<Element> firstChild(Element parent, String tag) {
        return children(parent).stream().filter(e -> tag.equals(e.getTagName())).findFirst();
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }
}
