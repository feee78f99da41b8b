package org.mailroom.mail.cloud;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads EWS's SOAP answers with the JDK's parser, external entities and DOCTYPEs refused. */
final class EwsXml {

    private EwsXml() {
    }

    static Element parse(byte[] body) throws CloudExceptions.NotTheApi {
        try {
            // the JDK's own parser, without looking through every jar for another (a service lookup per answer)
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body)).getDocumentElement();
        } catch (Exception notXml) {
            throw new CloudExceptions.NotTheApi("not XML");
        }
    }

    /** The first element of that local name, in any namespace, below {@code root}. */
    static Element first(Element root, String localName) {
        NodeList found = root.getElementsByTagNameNS("*", localName);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    static String text(Element root, String localName) {
        Element element = first(root, localName);
        return element == null ? null : element.getTextContent().strip();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
