package org.mailroom.detect;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.mailroom.detect.IspdbConfig.IspdbServer;
import org.mailroom.domain.ConnectionSecurity;
import org.mailroom.domain.Protocol;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.text.Text;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads Thunderbird ISPDB clientConfig files as real ones are written: several servers and authentication
 * entries, {@code <username>} templates, {@code <enable>} instructions, {@code %EMAILDOMAIN%} as the domain (what
 * self-hosted autoconfig servers publish), old spellings, unknown elements and server types (skipped). A file that
 * cannot be used is refused with a sentence naming it and saying why; a DOCTYPE is refused outright, so no external
 * entity or DTD is ever fetched.
 */
final class IspdbReader {

    private static final String ANY_DOMAIN = "%EMAILDOMAIN%";
    private static final Pattern TOP_LEVEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]+");

    private IspdbReader() {
    }

    /** @param fileName names the file for the admin; a file named after a domain serves it for %EMAILDOMAIN% */
    static IspdbConfig read(byte[] content, String fileName) throws IspdbFormatException {
        Element provider = XmlFiles.child(parse(content, fileName), "emailProvider")
                .orElseThrow(() -> new IspdbFormatException(Text.get("detect.ispdb.noProvider", fileName)));
        List<String> domains = new ArrayList<>();
        List<IspdbServer> servers = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String name = fileName;
        for (Element child : XmlFiles.children(provider)) {
            switch (child.getTagName()) {
                case "domain" -> domains.add(XmlFiles.text(child));
                case "displayName" -> name = XmlFiles.text(child);
                case "incomingServer", "outgoingServer" -> server(child, fileName, notes).ifPresent(servers::add);
                case "enable" -> step(child, "visiturl", "instruction", "detect.ispdb.enable").ifPresent(steps::add);
                case "documentation" -> step(child, "url", "descr", "detect.ispdb.documentation").ifPresent(steps::add);
                default -> { } // displayShortName, webMail, oAuth2...: not needed here
            }
        }
        List<String> usable = domains(domains, fileName);
        if (servers.isEmpty()) {
            throw new IspdbFormatException(Text.get("detect.ispdb.noServers", fileName, String.join(" ", notes)).strip());
        }
        return new IspdbConfig(fileName, name, usable, servers, steps, notes);
    }

    private static Element parse(byte[] content, String fileName) throws IspdbFormatException {
        String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (!text.startsWith("<")) {
            throw new IspdbFormatException(Text.get("detect.ispdb.notXml", fileName));
        }
        if (text.contains("<!DOCTYPE")) {
            throw new IspdbFormatException(Text.get("detect.ispdb.doctype", fileName));
        }
        Document document;
        try {
            DocumentBuilder builder = hardenedFactory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // no stderr noise; the exception says where
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId);
            });
            document = builder.parse(new ByteArrayInputStream(content), fileName);
        } catch (SAXParseException e) {
            throw new IspdbFormatException(Text.get("detect.ispdb.malformed", fileName, e.getLineNumber(), e.getColumnNumber()));
        } catch (SAXException | IOException e) {
            throw new IspdbFormatException(Text.get("detect.ispdb.malformed", fileName, 1, 1));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses the hardening features", e);
        }
        Element root = document.getDocumentElement();
        if (!"clientConfig".equals(root.getTagName())) {
            throw new IspdbFormatException(Text.get("detect.ispdb.notClientConfig", fileName, root.getTagName()));
        }
        return root;
    }

    /** The file's domains, lower case; %EMAILDOMAIN% stands for the domain the file is named after. */
    private static List<String> domains(List<String> written, String fileName) throws IspdbFormatException {
        List<String> domains = new ArrayList<>();
        for (String domain : written) {
            if (!ANY_DOMAIN.equals(domain)) {
                domains.add(domain.toLowerCase(Locale.ROOT));
            } else {
                domainNamedBy(fileName).ifPresent(domains::add);
            }
        }
        if (domains.isEmpty()) {
            throw new IspdbFormatException(Text.get(written.contains(ANY_DOMAIN)
                    ? "detect.ispdb.anyDomain" : "detect.ispdb.noDomain", fileName));
        }
        return domains;
    }

    /** "example.com" for example.com.xml or example.com (how autoconfig serves /v1.1/example.com). */
    private static Optional<String> domainNamedBy(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT).endsWith(".xml")
                ? fileName.substring(0, fileName.length() - 4) : fileName;
        try {
            String domain = EmailAddress.parse("x@" + name).domain();
            // a real top-level domain is letters (or its xn-- form): "config-v1.1.xml" names no domain
            return TOP_LEVEL.matcher(domain.substring(domain.lastIndexOf('.') + 1)).matches()
                    ? Optional.of(domain) : Optional.empty();
        } catch (RuleViolationException notADomain) {
            return Optional.empty();
        }
    }

    /** A server of a type Mailroom uses (imap, pop3, smtp) with a host, a port and a known socketType. */
    private static Optional<IspdbServer> server(Element element, String fileName, List<String> notes) {
        String type = element.getAttribute("type").toLowerCase(Locale.ROOT);
        Protocol protocol = switch (type) {
            case "imap" -> Protocol.IMAP;
            case "pop3" -> Protocol.POP3;
            case "smtp" -> Protocol.SMTP;
            default -> null; // exchange, ews, jmap...: other protocols, not E-mail Server's
        };
        String host = XmlFiles.childText(element, "hostname");
        String socketType = XmlFiles.childText(element, "socketType");
        Optional<ConnectionSecurity> security = security(socketType);
        int port = port(XmlFiles.childText(element, "port"));
        if (protocol == null) {
            return Optional.empty();
        }
        if (host.isEmpty() || port < 0 || security.isEmpty()) {
            String why = host.isEmpty() ? Text.get("detect.ispdb.why.host") : port < 0
                    ? Text.get("detect.ispdb.why.port", XmlFiles.childText(element, "port"))
                    : Text.get("detect.ispdb.why.socketType", socketType);
            notes.add(Text.get("detect.ispdb.serverSkipped", fileName, protocol, host, why));
            return Optional.empty();
        }
        List<AuthMethod> authentication = XmlFiles.children(element).stream()
                .filter(e -> "authentication".equals(e.getTagName()))
                .flatMap(e -> AuthMethod.of(XmlFiles.text(e)).stream()).distinct().toList();
        return Optional.of(new IspdbServer(protocol, host, port, security.get(),
                XmlFiles.childText(element, "username"), authentication));
    }

    /** STARTSSL is how some old files spell STARTTLS. */
    private static Optional<ConnectionSecurity> security(String socketType) {
        return switch (socketType.toUpperCase(Locale.ROOT)) {
            case "SSL" -> Optional.of(ConnectionSecurity.SSL_TLS);
            case "STARTTLS", "STARTSSL" -> Optional.of(ConnectionSecurity.STARTTLS);
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

    /** "Before the first sign-in: Enable IMAP in the settings (https://…)", in the admin's language when given. */
    private static Optional<String> step(Element element, String urlAttribute, String textTag, String key) {
        String url = element.getAttribute(urlAttribute).strip();
        String words = XmlFiles.inLanguage(element, textTag, Locale.getDefault().getLanguage());
        if (url.isEmpty() && words.isEmpty()) {
            return Optional.empty();
        }
        String what = words.isEmpty() ? url : url.isEmpty() ? words : words + " (" + url + ")";
        return Optional.of(Text.get(key, what));
    }

    private static DocumentBuilderFactory hardenedFactory() throws ParserConfigurationException {
        // the JDK's own parser, whose features below are known, never another one found on the class path
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
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
}
