package org.portcullis.rules.watchlist;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * One element of a list file read into memory (one record at a time): its local name, attributes, text, children,
 * and where it starts in the file, so that a bad value is reported with its line and column.
 */
record XmlElement(String name, Map<String, String> attributes, String text, List<XmlElement> children, int line,
        int column) {

    XmlElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
        text = text == null ? "" : text.strip();
    }

    /** The first child of that name, or null. */
    XmlElement child(String childName) {
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    List<XmlElement> children(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).toList();
    }

    /** The text of the first child of that name, or null when it is absent or empty. */
    String text(String childName) {
        XmlElement child = child(childName);
        return child == null || child.text.isEmpty() ? null : child.text;
    }

    /** The attribute, or null when it is absent or empty. */
    String attribute(String attributeName) {
        String value = attributes.get(attributeName);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The date at the start of an ISO 8601 date or date-time attribute (a list's generation date): the version a
     * list carries, so a list without it is refused.
     */
    LocalDate dateAttribute(String file, String attributeName) {
        String value = attribute(attributeName);
        if (value == null) {
            throw problem(file, "has no " + attributeName + ": the list's version cannot be told");
        }
        try {
            return LocalDate.parse(value.substring(0, Math.min(10, value.length())));
        } catch (DateTimeParseException e) {
            throw problem(file, attributeName + " '" + value + "' is not an ISO 8601 date and time");
        }
    }

    /** The problem at this element, for its file. */
    WatchlistImportException problem(String file, String message) {
        return new WatchlistImportException(file, line, column, "<" + name + ">: " + message);
    }
}
