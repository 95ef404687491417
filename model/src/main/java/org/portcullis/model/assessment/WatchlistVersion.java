package org.portcullis.model.assessment;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The version of a watchlist a filing was screened against: who publishes it (UN Security Council, EU, OFAC, the
 * rule set's own lists), the date it was published (when the publisher gives one) and the SHA-256 of its content.
 */
public record WatchlistVersion(String publisher, LocalDate publishedOn, String contentHash) {

    public WatchlistVersion {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    @Override
    public String toString() {
        return publisher + (publishedOn == null ? "" : " of " + publishedOn) + " (" + contentHash + ")";
    }
}
