package org.portcullis.rules.watchlist;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a list file (StAX, no DTD, no external entities) and hands each record element to a handler as a small
 * tree, so a list of tens of thousands of entries is never held as one document. Namespaces are ignored (the
 * publishers change them between versions); the root element's name is checked. A file that is not well-formed XML
 * is refused with the line and column the parser stopped at.
 */
final class XmlRecords {

    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    private XmlRecords() {
    }

    /**
     * Reads the file, checks that its root is {@code root}, and calls {@code handler} for every element named in
     * {@code records} (not nested in another record). Returns the root element without children.
     */
    static XmlElement read(String file, byte[] content, String root, Set<String> records,
            Consumer<XmlElement> handler) {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(content));
            while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
                // prolog, comments
            }
            if (!reader.isStartElement() || !reader.getLocalName().equals(root)) {
                Location at = reader.getLocation();
                throw new WatchlistImportException(file, at.getLineNumber(), at.getColumnNumber(),
                        "the root element is <" + (reader.isStartElement() ? reader.getLocalName() : "")
                                + ">, not <" + root + ">: this is not the list file this reader expects");
            }
            XmlElement rootElement = new XmlElement(root, attributes(reader), "", List.of(),
                    reader.getLocation().getLineNumber(), reader.getLocation().getColumnNumber());
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && records.contains(reader.getLocalName())) {
                    handler.accept(element(reader));
                }
            }
            return rootElement;
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = e.getMessage();
            int cut = message == null ? -1 : message.indexOf("Message: ");
            throw new WatchlistImportException(file, at == null ? 0 : at.getLineNumber(),
                    at == null ? 0 : at.getColumnNumber(), "is not well-formed XML: "
                            + (cut < 0 ? message : message.substring(cut + "Message: ".length())));
        } finally {
            close(reader);
        }
    }

    /** The element the reader stands on, with everything inside it; leaves the reader on its end. */
    private static XmlElement element(XMLStreamReader reader) throws XMLStreamException {
        String name = reader.getLocalName();
        int line = reader.getLocation().getLineNumber();
        int column = reader.getLocation().getColumnNumber();
        Map<String, String> attributes = attributes(reader);
        List<XmlElement> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                children.add(element(reader));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(reader.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        return new XmlElement(name, attributes, text.toString(), children, line, column);
    }

    private static Map<String, String> attributes(XMLStreamReader reader) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        return attributes;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing left to read
            }
        }
    }
}
