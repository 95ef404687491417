package org.portcullis.risk.feature;

import java.time.Instant;

/** The documents of one subject and those that left something out, as timelines (at the filing's moment). */
final class DocumentTimelines {

    private final Timeline documents = new Timeline();
    private final Timeline omitted = new Timeline();

    synchronized void filed(Instant at, boolean omits) {
        documents.add(at);
        if (omits) {
            omitted.add(at);
        }
    }

    synchronized DocumentRecord before(Instant before) {
        return new DocumentRecord(documents.countBefore(before), omitted.countBefore(before));
    }
}
