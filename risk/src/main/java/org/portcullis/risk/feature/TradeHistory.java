package org.portcullis.risk.feature;

import java.time.Instant;
import java.util.Optional;
import org.portcullis.risk.history.TraderKeys;

/**
 * Port: what the authority knew before a moment about the parties, containers, carriers and routes of a
 * consignment, and what goods usually declare. The application implements it over its stored filings, assessments
 * and inspection results; {@link InMemoryTradeHistory} implements it over a history held in memory.
 */
public interface TradeHistory {

    /** The consignments, inspections and findings of a trader ({@link TraderKeys}) before {@code before}. */
    TrackRecord trader(String traderKey, Instant before);

    /** The same for a container (ISO 6346 number). */
    TrackRecord container(String containerNumber, Instant before);

    /** Of a consignor's consignments filed before {@code before}: how many named no notify party. */
    DocumentRecord notifyPartyOmissions(String consignorKey, Instant before);

    /** Of a container's uses filed before {@code before}: how many declared no seal for it. */
    DocumentRecord sealOmissions(String containerNumber, Instant before);

    /** The same for a carrier (its carrier id). */
    TrackRecord carrier(String carrierId, Instant before);

    /** Whether the trader had goods loaded at {@code placeOfLoading} for {@code portOfCall} before. */
    boolean routeUsed(String traderKey, String placeOfLoading, String portOfCall, Instant before);

    /** The record of the consignments of one profile (origin, HS chapter, routing, new consignee), by lane. */
    LaneRecords similar(Profile profile, Instant before);

    /** The record of all consignments by lane: what the estimated finding rates lean on when evidence is thin. */
    LaneRecords overall(Instant before);

    /** The value per kg goods of this HS subheading from this origin declared before, when there were enough. */
    Optional<ValueNorm> valuePerKgNorm(String hsSubheading, String originCountry, Instant before);
}
