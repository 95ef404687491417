package org.portcullis.risk.feature;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.GoodsItem;
import org.portcullis.model.filing.Party;
import org.portcullis.model.filing.TransportEquipment;
import org.portcullis.risk.history.DeclaredValue;
import org.portcullis.risk.history.TraderKeys;

/**
 * Derives a consignment's {@link ConsignmentFeatures} from its filing and from what the trade history knew when
 * the filing was sent. Only what is known before arrival is used.
 */
public class FeatureExtractor {

    /** How many inspections' worth the overall rate weighs against a profile's own inspections. */
    static final double PROFILE_PRIOR_WEIGHT = 10;

    private final TradeHistory history;
    private final WatchlistCloseness watchlist;
    private final String currency;
    private final Clock clock;

    /** {@code currency}: the ISO 4217 code values are compared in; values in other currencies count as absent. */
    public FeatureExtractor(TradeHistory history, WatchlistCloseness watchlist, String currency, Clock clock) {
        this.history = Objects.requireNonNull(history, "history");
        this.watchlist = Objects.requireNonNull(watchlist, "watchlist");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The features as of the moment the filing was sent (now, when the header has no time), without declared values
     * (the published filing formats carry none).
     */
    public ConsignmentFeatures extract(Filing filing, Consignment consignment) {
        return extract(filing, consignment, (Lane) null);
    }

    /** As {@link #extract(Filing, Consignment)}, with the lane the rules alone gave the consignment (null: unknown). */
    public ConsignmentFeatures extract(Filing filing, Consignment consignment, Lane rulesLane) {
        Instant sentAt = filing.header().sentAt();
        return extract(filing, consignment, Map.of(), sentAt == null ? clock.instant() : sentAt, rulesLane);
    }

    /** The features as of {@code asOf}, with the values declared per goods item sequence, the rules' lane unknown. */
    public ConsignmentFeatures extract(Filing filing, Consignment consignment, Map<Integer, DeclaredValue> values,
            Instant asOf) {
        return extract(filing, consignment, values, asOf, null);
    }

    /** The features as of {@code asOf}, with the declared values and the lane the rules alone gave (null: unknown). */
    public ConsignmentFeatures extract(Filing filing, Consignment consignment, Map<Integer, DeclaredValue> values,
            Instant asOf, Lane rulesLane) {
        String loading = consignment.placeOfLoading() == null ? null : consignment.placeOfLoading().value();
        String origin = loading == null ? null : loading.substring(0, 2);
        var previous = filing.portCall().previousPorts();
        String lastPortCountry = previous.stream()
                .max(Comparator.comparing(v -> v.departure() == null ? Instant.MIN : v.departure()))
                .map(v -> v.port().country().value()).orElse(null);
        String portOfCall = filing.portCall().portOfCall().value();
        boolean transhipped = Profile.transhipped(filing, consignment);
        TreeSet<Integer> chapters = new TreeSet<>();
        double mass = 0;
        int packages = 0;
        int dangerous = 0;
        for (GoodsItem item : consignment.goodsItems()) {
            if (item.hsCode() != null) {
                chapters.add(item.hsCode().chapter());
            }
            mass += item.grossMassKg() == null ? 0 : item.grossMassKg().doubleValue();
            packages += item.packages() == null ? 0 : item.packages().count();
            dangerous += item.dangerousGoods() == null ? 0 : 1;
        }
        String consigneeKey = TraderKeys.of(consignment.consignee());
        boolean newRoute = consigneeKey == null || loading == null
                || !history.routeUsed(consigneeKey, loading, portOfCall, asOf);
        Duration lead = Duration.between(asOf, filing.portCall().eta());
        TrackRecord consignee = trader(consignment.consignee(), asOf);
        return new ConsignmentFeatures(consignment.transportDocumentNumber(), loading, origin, lastPortCountry,
                previous.size(), transhipped, chapters, mass, packages, consignment.goodsItems().size(),
                consignment.containers().size(), valuePerKg(consignment, values), valueCheck(consignment, values, origin, asOf),
                trader(consignment.consignor(), asOf), consignee, newRoute,
                carrier(filing, asOf), containerHistory(consignment, asOf), identifierMissing(consignment.consignee()),
                consignment.notifyParty() == null, unsealedShare(consignment), dangerous,
                Math.max(closeness(consignment.consignor()), closeness(consignment.consignee())),
                lead.toMinutes() / 60.0, similar(filing, consignment, consignee.firstTime(), asOf),
                notifyPartyOmissions(consignment, asOf), sealOmissions(consignment, asOf), rulesLane);
    }

    /** Of the consignment's profiles (one per HS chapter), the one whose earlier consignments were found most. */
    private SimilarConsignments similar(Filing filing, Consignment consignment, boolean newConsignee, Instant asOf) {
        LaneRecords overall = history.overall(asOf);
        SimilarConsignments most = null;
        for (Profile profile : Profile.of(filing, consignment, newConsignee)) {
            LaneRecords records = history.similar(profile, asOf);
            double rate = records.estimatedFindingRate(overall, PROFILE_PRIOR_WEIGHT);
            if (most == null || rate > most.estimatedFindingRate()) {
                most = new SimilarConsignments(profile, records.total(), rate);
            }
        }
        return most;
    }

    private TrackRecord trader(Party party, Instant asOf) {
        String key = TraderKeys.of(party);
        return key == null ? TrackRecord.NONE : history.trader(key, asOf);
    }

    private DocumentRecord notifyPartyOmissions(Consignment consignment, Instant asOf) {
        String key = TraderKeys.of(consignment.consignor());
        return key == null ? DocumentRecord.NONE : history.notifyPartyOmissions(key, asOf);
    }

    /** Of the consignment's containers, the one whose earlier uses most often declared no seal. */
    private DocumentRecord sealOmissions(Consignment consignment, Instant asOf) {
        return consignment.containers().stream()
                .map(c -> history.sealOmissions(c.number().value(), asOf))
                .filter(d -> d.documents() > 0)
                .max(Comparator.comparingDouble(DocumentRecord::omittedShare))
                .orElse(DocumentRecord.NONE);
    }

    private TrackRecord carrier(Filing filing, Instant asOf) {
        String carrierId = filing.header().carrierId();
        return carrierId == null ? TrackRecord.NONE : history.carrier(carrierId, asOf);
    }

    /** The record of the consignment's container that was caught most often (then used most often). */
    private TrackRecord containerHistory(Consignment consignment, Instant asOf) {
        return consignment.containers().stream()
                .map(c -> history.container(c.number().value(), asOf))
                .max(Comparator.comparingInt(TrackRecord::findings).thenComparingInt(TrackRecord::consignments))
                .orElse(TrackRecord.NONE);
    }

    private Double valuePerKg(Consignment consignment, Map<Integer, DeclaredValue> values) {
        double value = 0;
        double mass = 0;
        for (GoodsItem item : consignment.goodsItems()) {
            DeclaredValue declared = values.get(item.sequence());
            if (valued(item, declared)) {
                value += declared.amount().doubleValue();
                mass += item.grossMassKg().doubleValue();
            }
        }
        return mass > 0 ? value / mass : null;
    }

    private ValueCheck valueCheck(Consignment consignment, Map<Integer, DeclaredValue> values, String origin,
            Instant asOf) {
        ValueCheck furthest = null;
        for (GoodsItem item : consignment.goodsItems()) {
            DeclaredValue declared = values.get(item.sequence());
            if (!valued(item, declared) || item.hsCode() == null || origin == null) {
                continue;
            }
            double perKg = declared.amount().doubleValue() / item.grossMassKg().doubleValue();
            if (perKg <= 0) {
                continue;
            }
            String hs = item.hsCode().subheading();
            var norm = history.valuePerKgNorm(hs, origin, asOf);
            if (norm.isPresent()) {
                double z = norm.get().robustZ(perKg);
                if (furthest == null || Math.abs(z) > Math.abs(furthest.robustZ())) {
                    furthest = new ValueCheck(hs, perKg, norm.get().medianValuePerKg(), z);
                }
            }
        }
        return furthest;
    }

    private boolean valued(GoodsItem item, DeclaredValue declared) {
        return declared != null && currency.equals(declared.currency())
                && item.grossMassKg() != null && item.grossMassKg().compareTo(BigDecimal.ZERO) > 0;
    }

    private static boolean identifierMissing(Party party) {
        return party == null || party.identifier() == null || party.identifier().isBlank();
    }

    private static double unsealedShare(Consignment consignment) {
        if (consignment.containers().isEmpty()) {
            return 0;
        }
        long unsealed = consignment.containers().stream().map(TransportEquipment::seals).filter(s -> s.isEmpty())
                .count();
        return (double) unsealed / consignment.containers().size();
    }

    private double closeness(Party party) {
        return party == null ? 0 : watchlist.closeness(party);
    }
}
