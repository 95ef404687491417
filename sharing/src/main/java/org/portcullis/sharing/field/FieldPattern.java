package org.portcullis.sharing.field;

import java.util.ArrayList;
import java.util.List;

/**
 * A field or part of a filing document named like a JSON Pointer (RFC 6901) in which {@code *} stands for every
 * position of a list: {@code /crew/*}{@code /travelDocument/number}. {@code /} alone is the whole filing. A pattern
 * covers the element it names and everything inside it.
 */
public record FieldPattern(String text, List<String> segments) {

    public static final String ANY_POSITION = "*";

    public FieldPattern {
        segments = List.copyOf(segments);
    }

    /** The pattern of the text, or an IllegalArgumentException saying what is wrong with it. */
    public static FieldPattern parse(String text) {
        if (text == null || !text.startsWith("/")) {
            throw new IllegalArgumentException("a field starts with / (for example /crew/*/familyName)");
        }
        if (text.equals("/")) {
            return new FieldPattern(text, List.of());
        }
        List<String> segments = new ArrayList<>();
        for (String raw : text.substring(1).split("/", -1)) {
            if (raw.isEmpty()) {
                throw new IllegalArgumentException("a field has no empty step (no // and no / at the end)");
            }
            segments.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return new FieldPattern(text, segments);
    }

    /** True when the path (array positions as numbers) is this pattern's element or lies inside it. */
    public boolean covers(List<String> path) {
        return path.size() >= segments.size() && matchesStart(path, segments.size());
    }

    /** True when this pattern names something strictly inside the element at the path. */
    public boolean startsBelow(List<String> path) {
        return segments.size() > path.size() && matchesStart(path, path.size());
    }

    private boolean matchesStart(List<String> path, int length) {
        for (int i = 0; i < length; i++) {
            String step = segments.get(i);
            String actual = path.get(i);
            boolean matches = step.equals(ANY_POSITION) ? isPosition(actual) : step.equals(actual);
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPosition(String step) {
        return !step.isEmpty() && step.chars().allMatch(Character::isDigit);
    }

    @Override
    public String toString() {
        return text;
    }
}
