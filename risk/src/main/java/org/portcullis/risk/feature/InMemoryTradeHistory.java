package org.portcullis.risk.feature;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.GoodsItem;
import org.portcullis.model.filing.TransportEquipment;
import org.portcullis.risk.history.CallRecord;
import org.portcullis.risk.history.ConsignmentRecord;
import org.portcullis.risk.history.DeclaredValue;
import org.portcullis.risk.history.History;
import org.portcullis.risk.history.TraderKeys;

/**
 * {@link TradeHistory} over a history held in memory: each trader, container and carrier as timelines of filings
 * (at the filing's sent-at), inspections and findings (at the moment the result was recorded), so that every
 * question is answered as of a moment, without looking ahead. The same per lane the rules gave for profiles of
 * similar consignments ({@link Profile}) and for all consignments. Calls are recorded in the order they
 * were filed (as {@link History} keeps them): whether a consignee was new is judged as of its filing.
 */
public class InMemoryTradeHistory implements TradeHistory {

    private final String currency;
    private final Map<String, TrackTimelines> traders = new ConcurrentHashMap<>();
    private final Map<String, TrackTimelines> containers = new ConcurrentHashMap<>();
    private final Map<String, TrackTimelines> carriers = new ConcurrentHashMap<>();
    private final Map<String, DocumentTimelines> notifyParties = new ConcurrentHashMap<>();
    private final Map<String, DocumentTimelines> seals = new ConcurrentHashMap<>();
    private final Map<String, Instant> routes = new ConcurrentHashMap<>();
    private final Map<String, ValueNorms> values = new ConcurrentHashMap<>();
    private final Map<String, LaneTimelines> profiles = new ConcurrentHashMap<>();
    private final LaneTimelines overall = new LaneTimelines();

    /** {@code currency}: the ISO 4217 code of the values that count for the value per kg norms. */
    public InMemoryTradeHistory(String currency) {
        this.currency = currency;
    }

    public static InMemoryTradeHistory of(History history, String currency) {
        InMemoryTradeHistory trade = new InMemoryTradeHistory(currency);
        history.calls().forEach(trade::record);
        return trade;
    }

    /** Adds one port call with what became of its consignments. */
    public void record(CallRecord call) {
        Instant filed = call.filedAt();
        String carrierId = call.filing().header().carrierId();
        String port = call.port();
        for (ConsignmentRecord record : call.consignments()) {
            Consignment c = record.consignment();
            String consignor = TraderKeys.of(c.consignor());
            String consignee = TraderKeys.of(c.consignee());
            boolean newConsignee = consignee == null || trader(consignee, filed).firstTime();
            for (Profile profile : Profile.of(call.filing(), c, newConsignee)) {
                trackLanes(profiles, profile.key(), filed, record);
            }
            trackLanes(overall, filed, record);
            track(traders, consignor, filed, record);
            document(notifyParties, consignor, filed, c.notifyParty() == null);
            track(traders, consignee, filed, record);
            track(carriers, carrierId, filed, record);
            for (TransportEquipment container : c.containers()) {
                track(containers, container.number().value(), filed, record);
                document(seals, container.number().value(), filed, container.seals().isEmpty());
            }
            if (consignee != null && c.placeOfLoading() != null) {
                routes.merge(routeKey(consignee, c.placeOfLoading().value(), port), filed,
                        (a, b) -> a.isBefore(b) ? a : b);
            }
            String origin = c.placeOfLoading() == null ? null : c.placeOfLoading().country().value();
            for (GoodsItem item : c.goodsItems()) {
                recordValue(item, record.declaredValues().get(item.sequence()), origin, filed);
            }
        }
    }

    private void track(Map<String, TrackTimelines> map, String key, Instant filed, ConsignmentRecord record) {
        if (key == null) {
            return;
        }
        TrackTimelines timelines = map.computeIfAbsent(key, k -> new TrackTimelines());
        synchronized (timelines) {
            timelines.filed(filed);
            if (record.inspection() != null) {
                timelines.inspected(record.inspection().recordedAt(), record.inspection().found());
            }
        }
    }

    private static void document(Map<String, DocumentTimelines> map, String key, Instant filed, boolean omits) {
        if (key != null) {
            map.computeIfAbsent(key, k -> new DocumentTimelines()).filed(filed, omits);
        }
    }

    private static void trackLanes(Map<String, LaneTimelines> map, String key, Instant filed,
            ConsignmentRecord record) {
        if (key != null) {
            trackLanes(map.computeIfAbsent(key, k -> new LaneTimelines()), filed, record);
        }
    }

    private static void trackLanes(LaneTimelines timelines, Instant filed, ConsignmentRecord record) {
        timelines.filed(record.ruleLane(), filed);
        if (record.inspection() != null) {
            timelines.inspected(record.ruleLane(), record.inspection().recordedAt(), record.inspection().found());
        }
    }

    private void recordValue(GoodsItem item, DeclaredValue declared, String origin, Instant filed) {
        if (origin == null || item.hsCode() == null || declared == null || item.grossMassKg() == null
                || !currency.equals(declared.currency()) || item.grossMassKg().signum() <= 0
                || declared.amount().signum() <= 0) {
            return;
        }
        double perKg = declared.amount().doubleValue() / item.grossMassKg().doubleValue();
        values.computeIfAbsent(item.hsCode().subheading() + "|" + origin, k -> new ValueNorms()).add(filed, perKg);
    }

    @Override
    public TrackRecord trader(String traderKey, Instant before) {
        return read(traders, traderKey, before);
    }

    @Override
    public TrackRecord container(String containerNumber, Instant before) {
        return read(containers, containerNumber, before);
    }

    @Override
    public DocumentRecord notifyPartyOmissions(String consignorKey, Instant before) {
        DocumentTimelines timelines = notifyParties.get(consignorKey);
        return timelines == null ? DocumentRecord.NONE : timelines.before(before);
    }

    @Override
    public DocumentRecord sealOmissions(String containerNumber, Instant before) {
        DocumentTimelines timelines = seals.get(containerNumber);
        return timelines == null ? DocumentRecord.NONE : timelines.before(before);
    }

    @Override
    public TrackRecord carrier(String carrierId, Instant before) {
        return read(carriers, carrierId, before);
    }

    @Override
    public boolean routeUsed(String traderKey, String placeOfLoading, String portOfCall, Instant before) {
        Instant first = routes.get(routeKey(traderKey, placeOfLoading, portOfCall));
        return first != null && first.isBefore(before);
    }

    @Override
    public LaneRecords similar(Profile profile, Instant before) {
        LaneTimelines timelines = profiles.get(profile.key());
        return timelines == null ? LaneRecords.NONE : timelines.before(before);
    }

    @Override
    public LaneRecords overall(Instant before) {
        return overall.before(before);
    }

    @Override
    public Optional<ValueNorm> valuePerKgNorm(String hsSubheading, String originCountry, Instant before) {
        ValueNorms norms = values.get(hsSubheading + "|" + originCountry);
        return norms == null ? Optional.empty() : norms.before(before);
    }

    private static TrackRecord read(Map<String, TrackTimelines> map, String key, Instant before) {
        TrackTimelines timelines = map.get(key);
        return timelines == null ? TrackRecord.NONE : timelines.before(before);
    }

    private static String routeKey(String trader, String loading, String port) {
        return trader + "|" + loading + "|" + port;
    }
}
