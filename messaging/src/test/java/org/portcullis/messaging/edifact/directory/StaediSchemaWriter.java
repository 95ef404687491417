package org.portcullis.messaging.edifact.directory;

import static org.portcullis.messaging.edifact.directory.DfdlDirectory.children;
import static org.portcullis.messaging.edifact.directory.DfdlDirectory.local;

import java.util.Map;
import java.util.TreeMap;
import org.w3c.dom.Element;

/**
 * Writes one message of a directory as a StAEDI (EDISchema v4) implementation schema: the transaction's segments and
 * loops (segment groups, {@code SG1} ... as the directory numbers them) with their repetition counts, then every
 * segment, composite and simple element the message uses. Code lists are not written: Portcullis checks the codes
 * it reads itself, with its own messages.
 */
final class StaediSchemaWriter {

    private final DfdlDirectory directory;
    private final Map<String, String> segments = new TreeMap<>();
    private final Map<String, String> composites = new TreeMap<>();
    private final Map<String, String> elements = new TreeMap<>();

    StaediSchemaWriter(DfdlDirectory directory) {
        this.directory = directory;
    }

    String write(String message) {
        StringBuilder transaction = new StringBuilder();
        sequence(directory.message(message), transaction, "      ");
        StringBuilder out = new StringBuilder("<schema xmlns=\"http://xlate.io/EDISchema/v4\">\n  <transaction>\n"
                + "    <sequence>\n");
        out.append(transaction).append("    </sequence>\n  </transaction>\n");
        elements.values().forEach(out::append);
        composites.values().forEach(out::append);
        segments.values().forEach(out::append);
        return out.append("</schema>\n").toString();
    }

    /** The segments and groups of a DFDL sequence (nested sequences are flattened), in order. */
    private void sequence(Element parent, StringBuilder out, String indent) {
        for (Element child : children(parent)) {
            switch (child.getLocalName()) {
                case "sequence" -> sequence(child, out, indent);
                case "element" -> {
                    if (!child.getAttributeNS("http://www.ogf.org/dfdl/dfdl-1.0/", "initiator").isEmpty()) {
                        segmentReference(child, out, indent);
                    } else if (child.getAttribute("name").startsWith("SegGrp-")) {
                        loop(child, out, indent);
                    } else {
                        throw new IllegalStateException(directory.name() + ": unexpected " + child.getAttribute("name"));
                    }
                }
                case "complexType" -> sequence(child, out, indent);
                default -> { }
            }
        }
    }

    private void loop(Element group, StringBuilder out, String indent) {
        String number = group.getAttribute("name").substring("SegGrp-".length());
        out.append(indent).append("<loop code=\"SG").append(number).append('"').append(occurs(group)).append(">\n")
                .append(indent).append("  <sequence>\n");
        sequence(children(group, "complexType").get(0), out, indent + "    ");
        out.append(indent).append("  </sequence>\n").append(indent).append("</loop>\n");
    }

    private void segmentReference(Element segment, StringBuilder out, String indent) {
        String tag = segment.getAttribute("name");
        out.append(indent).append("<segment type=\"").append(tag).append('"').append(occurs(segment)).append("/>\n");
        if (!segments.containsKey(tag)) {
            segments.put(tag, "");
            segments.put(tag, segmentType(tag, segment.getAttribute("type")));
        }
    }

    private String segmentType(String tag, String typeReference) {
        if (typeReference.startsWith("srv:")) {
            if (!tag.equals("UNS")) {
                throw new IllegalStateException(directory.name() + ": service segment " + tag + " in a message");
            }
            elements.put("0081", "  <elementType name=\"DE0081\" code=\"0081\" base=\"string\" minLength=\"1\" "
                    + "maxLength=\"1\"/>\n");
            return "  <segmentType name=\"UNS\"><sequence><element type=\"DE0081\" minOccurs=\"1\"/></sequence>"
                    + "</segmentType>\n";
        }
        StringBuilder out = new StringBuilder("  <segmentType name=\"").append(tag).append("\"><sequence>");
        parts(directory.complexType(typeReference), out);
        return out.append("</sequence></segmentType>\n").toString();
    }

    /**
     * The elements and composites of a segment. A part the directory repeats n times (a nested sequence, e.g. COM's
     * C076 three times) is written as n positions, the first of which may also repeat: senders write the repeats both
     * ways, as positions ({@code COM+1:TE+2:FX}, syntax version 3 and the API guidelines) and with the repetition
     * separator of version 4 ({@code ATT+2++M*F}).
     */
    private void parts(Element type, StringBuilder out) {
        for (Element child : children(type)) {
            if (child.getLocalName().equals("sequence")) {
                parts(child, out);
                continue;
            }
            String reference = child.getAttribute("type");
            int repeats = child.getAttribute("maxOccurs").isEmpty() ? 1 : Integer.parseInt(child.getAttribute("maxOccurs"));
            String tag = directory.isComplex(reference) ? "composite" : "element";
            String code = directory.isComplex(reference) ? code(reference) : "DE" + element(reference);
            if (directory.isComplex(reference)) {
                composite(code, reference);
            }
            for (int position = 1; position <= repeats; position++) {
                out.append('<').append(tag).append(" type=\"").append(code).append('"')
                        .append(position == 1 && "1".equals(child.getAttribute("minOccurs")) ? " minOccurs=\"1\"" : "")
                        .append(position == 1 && repeats > 1 ? " maxOccurs=\"" + repeats + "\"" : "").append("/>");
            }
        }
    }

    /** A component with maxOccurs n stands for n consecutive components (C080: five party names, 3036). */
    private void composite(String code, String reference) {
        if (composites.containsKey(code)) {
            return;
        }
        StringBuilder out = new StringBuilder("  <compositeType name=\"").append(code).append("\"><sequence>");
        for (Element component : children(children(directory.complexType(reference), "sequence").get(0),
                "element")) {
            String type = element(component.getAttribute("type"));
            int positions = component.getAttribute("maxOccurs").isEmpty() ? 1
                    : Integer.parseInt(component.getAttribute("maxOccurs"));
            for (int position = 1; position <= positions; position++) {
                out.append("<element type=\"DE").append(type).append('"').append(position == 1
                        && "1".equals(component.getAttribute("minOccurs")) ? " minOccurs=\"1\"" : "").append("/>");
            }
        }
        composites.put(code, out.append("</sequence></compositeType>\n").toString());
    }

    private String element(String reference) {
        String code = code(reference).substring(1);
        if (!elements.containsKey(code)) {
            DfdlDirectory.Representation representation = directory.representation(reference);
            elements.put(code, "  <elementType name=\"DE" + code + "\" code=\"" + code + "\" base=\""
                    + representation.base() + "\" minLength=\"" + representation.minLength() + "\" maxLength=\""
                    + representation.maxLength() + "\"/>\n");
        }
        return code;
    }

    /** {@code D05B:E8051-TransportStageCodeQualifier} is E8051, {@code D05B:C220-ModeOfTransport} is C220. */
    private static String code(String reference) {
        String local = local(reference);
        return local.substring(0, local.indexOf('-'));
    }

    private static String occurs(Element element) {
        String min = element.getAttribute("minOccurs").isEmpty() ? "1" : element.getAttribute("minOccurs");
        String max = element.getAttribute("maxOccurs").isEmpty() ? "1" : element.getAttribute("maxOccurs");
        return ("0".equals(min) ? "" : " minOccurs=\"" + min + "\"") + " maxOccurs=\"" + max + "\"";
    }
}
