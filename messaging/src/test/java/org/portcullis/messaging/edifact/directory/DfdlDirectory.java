package org.portcullis.messaging.edifact.directory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * One UN/EDIFACT directory as Smooks' DFDL schemas describe it: the messages (complex types whose sequences hold
 * segments, marked by {@code dfdl:initiator}, and segment groups {@code SegGrp-n}), the segments and composites
 * (complex types of elements) and the simple data elements (their representation, e.g. {@code alpha0-35} for an..35).
 */
final class DfdlDirectory {

    static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final Pattern LENGTH = Pattern.compile("(alpha|numeric)(\\d+)(?:-(\\d+))?");

    private final String name;
    private final Map<String, Element> messages = new HashMap<>();
    private final Map<String, Element> complexTypes = new HashMap<>();
    private final Map<String, Element> simpleTypes = new HashMap<>();

    private DfdlDirectory(String name) {
        this.name = name;
    }

    static DfdlDirectory read(Path folder, String name) throws IOException {
        DfdlDirectory directory = new DfdlDirectory(name);
        Document segments = parse(folder.resolve("EDIFACT-Segments.dfdl.xsd"));
        for (Element type : children(segments.getDocumentElement(), "complexType")) {
            directory.complexTypes.put(type.getAttribute("name"), type);
        }
        for (Element type : children(segments.getDocumentElement(), "simpleType")) {
            directory.simpleTypes.put(type.getAttribute("name"), type);
        }
        Document messages = parse(folder.resolve("EDIFACT-Messages.dfdl.xsd"));
        for (Element type : children(messages.getDocumentElement(), "complexType")) {
            directory.messages.put(type.getAttribute("name"), type);
        }
        return directory;
    }

    String name() {
        return name;
    }

    boolean hasMessage(String message) {
        return messages.containsKey(message);
    }

    /** The message's complex type: a sequence of segments and segment groups. */
    Element message(String message) {
        return messages.get(message);
    }

    /** The complex type of a segment or composite, by its type reference ({@code D05B:TDT-TransportInformation}). */
    Element complexType(String typeReference) {
        Element type = complexTypes.get(local(typeReference));
        if (type == null) {
            throw new IllegalStateException(name + ": no complex type " + typeReference);
        }
        return type;
    }

    boolean isComplex(String typeReference) {
        return complexTypes.containsKey(local(typeReference));
    }

    /** The representation of a simple data element: base (string or decimal), minimum and maximum length. */
    Representation representation(String typeReference) {
        Element type = simpleTypes.get(local(typeReference));
        if (type == null) {
            throw new IllegalStateException(name + ": no simple type " + typeReference);
        }
        Element restriction = children(type, "restriction").get(0);
        Matcher matcher = LENGTH.matcher(local(restriction.getAttribute("base")));
        if (!matcher.matches()) {
            throw new IllegalStateException(name + ": unknown representation of " + typeReference);
        }
        boolean fixed = matcher.group(3) == null;
        int max = Integer.parseInt(fixed ? matcher.group(2) : matcher.group(3));
        int min = fixed ? max : Math.max(1, Integer.parseInt(matcher.group(2)));
        return new Representation(matcher.group(1).equals("numeric") ? "decimal" : "string", min, max);
    }

    record Representation(String base, int minLength, int maxLength) {
    }

    static String local(String reference) {
        return reference.substring(reference.indexOf(':') + 1);
    }

    static List<Element> children(Node parent, String localName) {
        return IntStream.range(0, parent.getChildNodes().getLength()).mapToObj(parent.getChildNodes()::item)
                .filter(Element.class::isInstance).map(Element.class::cast)
                .filter(e -> XSD.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())).toList();
    }

    static List<Element> children(Node parent) {
        return IntStream.range(0, parent.getChildNodes().getLength()).mapToObj(parent.getChildNodes()::item)
                .filter(Element.class::isInstance).map(Element.class::cast)
                .filter(e -> XSD.equals(e.getNamespaceURI())).toList();
    }

    private static Document parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
