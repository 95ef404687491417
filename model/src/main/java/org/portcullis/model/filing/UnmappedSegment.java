package org.portcullis.model.filing;

import java.util.Objects;

/**
 * A segment of an EDIFACT filing that conforms to the directory but that Portcullis does not read into the filing:
 * where it stood ({@code segment 12 GIS}, as error pointers name it) and the segment as received ({@code GIS+23}).
 * Kept with the filing and shown in the case file, so nothing a carrier sent is lost.
 */
public record UnmappedSegment(String at, String segment) {

    public UnmappedSegment {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(segment, "segment");
    }
}
