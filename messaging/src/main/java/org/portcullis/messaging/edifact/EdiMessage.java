package org.portcullis.messaging.edifact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One message (UNH to UNT) of an interchange: its type and its segments between UNH and UNT. */
final class EdiMessage {

    private final String type;
    private final List<EdiSegment> segments = new ArrayList<>();
    private final EdiSegment header;

    EdiMessage(String type, EdiSegment header) {
        this.type = type;
        this.header = header;
    }

    String type() {
        return type;
    }

    EdiSegment header() {
        return header;
    }

    void add(EdiSegment segment) {
        segments.add(segment);
    }

    List<EdiSegment> segments() {
        return segments;
    }

    Optional<EdiSegment> first(String tag) {
        return segments.stream().filter(s -> s.tag().equals(tag)).findFirst();
    }

    Optional<EdiSegment> first(String tag, String qualifier) {
        return segments.stream().filter(s -> s.is(tag, qualifier)).findFirst();
    }

    /** The segments of one segment group, in order (e.g. every segment in "SG5" groups). */
    List<EdiSegment> inGroup(String group) {
        return segments.stream().filter(s -> s.group().equals(group)).toList();
    }
}
