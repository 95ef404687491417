package org.portcullis.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.risk.feature.ConsignmentFeatures;
import org.portcullis.risk.feature.DocumentRecord;
import org.portcullis.risk.feature.FeatureExtractor;
import org.portcullis.risk.feature.FeatureSpace;
import org.portcullis.risk.feature.InMemoryTradeHistory;
import org.portcullis.risk.feature.KnownCloseness;
import org.portcullis.risk.feature.Profile;
import org.portcullis.risk.history.TraderKeys;
import org.portcullis.risk.feature.TrackRecord;
import org.portcullis.risk.history.CallRecord;
import org.portcullis.risk.history.ConsignmentRecord;
import org.portcullis.risk.history.History;
import org.portcullis.risk.train.FeatureTable;

/**
 * A consignment's features use only what was known before its filing: the same features come out of the whole
 * history and of the history cut at the filing (later filings dropped, inspections recorded later unknown), and the
 * finding rate of similar consignments counts exactly the earlier inspections of its profile.
 */
class FeatureTimingTest {

    private static final History HISTORY = GeneratedWorld.HISTORY;

    @Test
    void everyFeatureOfAConsignmentIsTheSameWithoutAnythingRecordedAtOrAfterItsFiling() {
        FeatureSpace space = FeatureSpace.learn(features(HISTORY, calls(0.5)), 30, 40);
        for (double at : new double[] {0.3, 0.6, 0.9}) {
            CallRecord call = HISTORY.calls().get((int) (HISTORY.calls().size() * at));
            Instant filed = call.filedAt();
            FeatureExtractor whole = extractor(HISTORY);
            FeatureExtractor cut = extractor(cutAt(filed));
            for (ConsignmentRecord record : call.consignments()) {
                ConsignmentFeatures fromWhole = whole.extract(call.filing(), record.consignment(),
                        record.declaredValues(), filed);
                ConsignmentFeatures fromCut = cut.extract(call.filing(), record.consignment(),
                        record.declaredValues(), filed);

                assertThat(fromWhole).isEqualTo(fromCut);
                assertThat(space.encode(fromWhole)).containsExactly(space.encode(fromCut));
            }
        }
    }

    @Test
    void theFindingRateOfSimilarConsignmentsCountsTheEarlierInspectionsOfItsProfile() {
        CallRecord call = HISTORY.calls().get(HISTORY.calls().size() * 4 / 5);
        Instant filed = call.filedAt();
        FeatureExtractor extractor = extractor(HISTORY);
        InMemoryTradeHistory trade = InMemoryTradeHistory.of(HISTORY, FeatureTable.CURRENCY);
        int checked = 0;
        for (ConsignmentRecord record : call.consignments()) {
            ConsignmentFeatures f = extractor.extract(call.filing(), record.consignment(), record.declaredValues(),
                    filed);
            assertThat(f.similar()).isNotNull();

            assertThat(f.similar().record()).isEqualTo(countedTheLongWay(f.similar().profile(), filed, trade));
            assertThat(f.similar().estimatedFindingRate()).isBetween(0.0, 1.0);
            checked += f.similar().record().inspections() > 0 ? 1 : 0;
        }
        assertThat(checked).as("consignments whose profile had earlier inspections").isPositive();
    }

    @Test
    void theDocumentOmissionsCountTheConsignorsAndTheContainersEarlierDocuments() {
        CallRecord call = HISTORY.calls().get(HISTORY.calls().size() * 4 / 5);
        Instant filed = call.filedAt();
        FeatureExtractor extractor = extractor(HISTORY);
        int omitted = 0;
        for (ConsignmentRecord record : call.consignments()) {
            ConsignmentFeatures f = extractor.extract(call.filing(), record.consignment(), record.declaredValues(),
                    filed);
            String consignor = TraderKeys.of(record.consignment().consignor());

            assertThat(f.consignorNotifyParties()).isEqualTo(notifyPartiesTheLongWay(consignor, filed));
            assertThat(f.containerSeals()).isEqualTo(record.consignment().containers().stream()
                    .map(c -> sealsTheLongWay(c.number().value(), filed)).filter(d -> d.documents() > 0)
                    .max(Comparator.comparingDouble(DocumentRecord::omittedShare)).orElse(DocumentRecord.NONE));
            omitted += f.consignorNotifyParties().omitted();
        }
        assertThat(omitted).as("earlier consignments of these consignors without a notify party").isPositive();
    }

    private static DocumentRecord notifyPartiesTheLongWay(String consignor, Instant before) {
        int documents = 0;
        int omitted = 0;
        for (CallRecord call : HISTORY.calls()) {
            for (ConsignmentRecord r : call.consignments()) {
                if (call.filedAt().isBefore(before) && consignor.equals(TraderKeys.of(r.consignment().consignor()))) {
                    documents++;
                    omitted += r.consignment().notifyParty() == null ? 1 : 0;
                }
            }
        }
        return new DocumentRecord(documents, omitted);
    }

    private static DocumentRecord sealsTheLongWay(String container, Instant before) {
        int documents = 0;
        int omitted = 0;
        for (CallRecord call : HISTORY.calls()) {
            for (ConsignmentRecord r : call.consignments()) {
                for (var c : r.consignment().containers()) {
                    if (call.filedAt().isBefore(before) && container.equals(c.number().value())) {
                        documents++;
                        omitted += c.seals().isEmpty() ? 1 : 0;
                    }
                }
            }
        }
        return new DocumentRecord(documents, omitted);
    }

    /** Consignments of the profile filed before {@code before}, their inspections and findings recorded before it. */
    private static TrackRecord countedTheLongWay(Profile profile, Instant before, InMemoryTradeHistory trade) {
        int consignments = 0;
        int inspections = 0;
        int findings = 0;
        for (CallRecord call : HISTORY.calls()) {
            if (!call.filedAt().isBefore(before)) {
                continue;
            }
            for (ConsignmentRecord r : call.consignments()) {
                String consignee = TraderKeys.of(r.consignment().consignee());
                boolean newConsignee = consignee == null || trade.trader(consignee, call.filedAt()).firstTime();
                if (Profile.of(call.filing(), r.consignment(), newConsignee).contains(profile)) {
                    consignments++;
                    if (r.inspected() && r.inspection().recordedAt().isBefore(before)) {
                        inspections++;
                        findings += r.inspection().found() ? 1 : 0;
                    }
                }
            }
        }
        return new TrackRecord(consignments, inspections, findings);
    }

    /** The history as the authority knew it just before {@code at}. */
    private static History cutAt(Instant at) {
        List<CallRecord> known = new ArrayList<>();
        for (CallRecord c : HISTORY.calls()) {
            if (c.filedAt().isBefore(at)) {
                known.add(new CallRecord(c.mrn(), c.filing(), c.arrivedAt(), c.consignments().stream()
                        .map(r -> r.inspected() && r.inspection().recordedAt().isBefore(at) ? r
                                : new ConsignmentRecord(r.consignment(), r.ruleLane(), r.randomlySelected(), null,
                                        null, r.declaredValues(), null))
                        .toList()));
            }
        }
        return new History(known, List.of(), HISTORY.watchlistCloseness());
    }

    private static FeatureExtractor extractor(History history) {
        return new FeatureExtractor(InMemoryTradeHistory.of(history, FeatureTable.CURRENCY),
                new KnownCloseness(history.watchlistCloseness()), FeatureTable.CURRENCY, GeneratedWorld.CLOCK);
    }

    private static List<CallRecord> calls(double share) {
        return HISTORY.calls().subList(0, (int) (HISTORY.calls().size() * share));
    }

    private static List<ConsignmentFeatures> features(History history, List<CallRecord> calls) {
        FeatureExtractor extractor = extractor(history);
        return calls.stream().flatMap(c -> c.consignments().stream().map(r -> extractor.extract(c.filing(),
                r.consignment(), r.declaredValues(), c.filedAt()))).toList();
    }
}
