package org.portcullis.messaging.edifact;

import java.util.ArrayList;
import java.util.List;

/**
 * One segment of an EDIFACT message as read: its tag, its position (UNH is 1, as UNT counts), the segment group it
 * stands in ({@code SG5}, or "" for the message level), and its elements with their components (both 1-based).
 */
final class EdiSegment {

    private final String tag;
    private final int position;
    private final String group;
    private final String messagePrefix;
    private final List<List<String>> elements = new ArrayList<>();

    EdiSegment(String tag, int position, String group, String messagePrefix) {
        this.tag = tag;
        this.position = position;
        this.group = group;
        this.messagePrefix = messagePrefix;
    }

    void put(int element, int component, String value) {
        while (elements.size() < element) {
            elements.add(new ArrayList<>());
        }
        List<String> components = elements.get(element - 1);
        int index = Math.max(component, 1);
        while (components.size() < index) {
            components.add("");
        }
        components.set(index - 1, value);
    }

    String tag() {
        return tag;
    }

    String group() {
        return group;
    }

    /** The value of the element's component, or null when empty or absent. */
    String value(int element, int component) {
        if (element > elements.size()) {
            return null;
        }
        List<String> components = elements.get(element - 1);
        String value = component > components.size() ? null : components.get(component - 1);
        return value == null || value.isEmpty() ? null : value;
    }

    String value(int element) {
        return value(element, 1);
    }

    /** The non-empty components of an element joined with a space (free text split over components). */
    String text(int element) {
        if (element > elements.size()) {
            return null;
        }
        String joined = String.join(" ", elements.get(element - 1).stream().filter(s -> !s.isEmpty()).toList());
        return joined.isEmpty() ? null : joined;
    }

    /** True for this tag with this first element (the qualifier): {@code is("LOC", "60")}. */
    boolean is(String tag, String qualifier) {
        return this.tag.equals(tag) && qualifier.equals(value(1, 1));
    }

    String at() {
        return pointer(messagePrefix, position, tag);
    }

    String at(int element) {
        return at() + ", element " + element;
    }

    String at(int element, int component) {
        return at(element) + ", component " + component;
    }

    /** "segment 14 DOC", prefixed with "message 2, " when the interchange holds more than one message. */
    static String pointer(String messagePrefix, int position, String tag) {
        return messagePrefix + "segment " + position + " " + tag;
    }
}
