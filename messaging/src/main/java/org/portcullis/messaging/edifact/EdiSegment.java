package org.portcullis.messaging.edifact;

import java.util.ArrayList;
import java.util.List;

/**
 * One segment of an EDIFACT message as read: its tag, its position (UNH is 1, as UNT counts), the segment group it
 * stands in ({@code SG5}, or "" at the message level) and the path of the groups' first segments ({@code CNI/RFF/GID}:
 * the same in every directory, where group numbers are not), and its elements with their repetitions and components
 * (all 1-based). Mappers mark the segments they use; the others are kept as received.
 */
final class EdiSegment {

    private final String tag;
    private final int position;
    private final String group;
    private final String path;
    private final String messagePrefix;
    /** element, repetition, component. */
    private final List<List<List<String>>> elements = new ArrayList<>();
    private boolean mapped;

    EdiSegment(String tag, int position, String group, String path, String messagePrefix) {
        this.tag = tag;
        this.position = position;
        this.group = group;
        this.path = path;
        this.messagePrefix = messagePrefix;
    }

    void put(int element, int repetition, int component, String value) {
        while (elements.size() < element) {
            elements.add(new ArrayList<>());
        }
        List<List<String>> repetitions = elements.get(element - 1);
        while (repetitions.size() < Math.max(repetition, 1)) {
            repetitions.add(new ArrayList<>());
        }
        List<String> components = repetitions.get(Math.max(repetition, 1) - 1);
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

    /** The first segments of the groups this one stands in, outermost first, e.g. {@code CNI/RFF/GID}. */
    String path() {
        return path;
    }

    boolean inGroupOf(String trigger) {
        return path.equals(trigger) || path.endsWith("/" + trigger);
    }

    int position() {
        return position;
    }

    /** The value of the element's component (first repetition), or null when empty or absent. */
    String value(int element, int component) {
        return value(element, 1, component);
    }

    String value(int element, int repetition, int component) {
        if (element > elements.size() || repetition > elements.get(element - 1).size()) {
            return null;
        }
        List<String> components = elements.get(element - 1).get(repetition - 1);
        String value = component > components.size() ? null : components.get(component - 1);
        return value == null || value.isEmpty() ? null : value;
    }

    String value(int element) {
        return value(element, 1);
    }

    int repetitions(int element) {
        return element > elements.size() ? 0 : elements.get(element - 1).size();
    }

    /** The non-empty components of an element joined with a space (free text split over components). */
    String text(int element) {
        if (element > elements.size() || elements.get(element - 1).isEmpty()) {
            return null;
        }
        String joined = String.join(" ", elements.get(element - 1).get(0).stream().filter(s -> !s.isEmpty()).toList());
        return joined.isEmpty() ? null : joined;
    }

    /** True for this tag with this first element (the qualifier): {@code is("LOC", "60")}. */
    boolean is(String tag, String qualifier) {
        return this.tag.equals(tag) && qualifier.equals(value(1, 1));
    }

    /** Marks the segment as read into the filing. */
    EdiSegment use() {
        mapped = true;
        return this;
    }

    boolean mapped() {
        return mapped;
    }

    /** The segment in the standard notation (+ : * ') as it was received, e.g. {@code GIS+23}. */
    String received() {
        StringBuilder out = new StringBuilder(tag);
        int last = elements.size();
        while (last > 0 && elements.get(last - 1).stream().allMatch(r -> r.stream().allMatch(String::isEmpty))) {
            last--;
        }
        for (int e = 0; e < last; e++) {
            out.append('+');
            List<String> repeated = new ArrayList<>();
            for (List<String> components : elements.get(e)) {
                int end = components.size();
                while (end > 0 && components.get(end - 1).isEmpty()) {
                    end--;
                }
                repeated.add(String.join(":", components.subList(0, end).stream().map(EdiSegment::escape).toList()));
            }
            out.append(String.join("*", repeated));
        }
        return out.toString();
    }

    private static String escape(String value) {
        return value.replaceAll("([+:*'?])", "?$1");
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
