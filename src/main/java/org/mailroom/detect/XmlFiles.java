package org.mailroom.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The few DOM look-ups the clientConfig reader needs: child elements by name, their text. */
final class XmlFiles {

    private XmlFiles() {
    }

    /** The element's text, stripped, runs of white space (line breaks in a file) as one space. */
    static String text(Element element) {
        return element.getTextContent().strip().replaceAll("\\s+", " ");
    }

    static String childText(Element parent, String tag) {
        return child(parent, tag).map(XmlFiles::text).orElse("");
    }

    static Optional<Element> child(Element parent, String tag) {
        return children(parent).stream().filter(e -> tag.equals(e.getTagName())).findFirst();
    }

    static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }

    /** The text of the {@code tag} child in this language, else in English, else the first one; empty if none. */
    static String inLanguage(Element parent, String tag, String language) {
        List<Element> texts = children(parent).stream().filter(e -> tag.equals(e.getTagName())).toList();
        return texts.stream().filter(e -> language.equals(e.getAttribute("lang"))).findFirst()
                .or(() -> texts.stream().filter(e -> "en".equals(e.getAttribute("lang"))).findFirst())
                .or(() -> texts.stream().findFirst())
                .map(XmlFiles::text).orElse("");
    }
}
