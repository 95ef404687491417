package org.portcullis.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.portcullis.risk.history.TraderKeys;
import org.portcullis.risk.history.CallRecord;
import org.portcullis.risk.history.CallTrace;
import org.portcullis.risk.history.History;
import org.portcullis.risk.patterns.NewRoute;
import org.portcullis.risk.patterns.TradePatternReport;
import org.portcullis.risk.patterns.TradePatterns;
import org.portcullis.risk.patterns.ValueOutlier;

/** Trade patterns on the generated history, checked against the history itself read the long way round. */
class TradePatternsTest {

    private static final History HISTORY = GeneratedWorld.HISTORY;
    private static final Instant FROM = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-06-15T00:00:00Z");
    private static final TradePatternReport REPORT = GeneratedWorld.ANALYSIS.tradePatterns(HISTORY, FROM, TO, 10_000);

    @Test
    void apparelDeclaredAtAFractionOfItsValueStandsOutBelowTheNorm() {
        assertThat(REPORT.valued()).isPositive();
        assertThat(REPORT.valueOutliers()).isNotEmpty()
                .allMatch(o -> Math.abs(o.robustZ()) >= TradePatterns.OUTLIER_Z);
        List<ValueOutlier> below = REPORT.valueOutliers().stream().filter(o -> o.robustZ() < 0).toList();
        // The generator plants undervalued apparel and footwear (HS 61, 62, 64) from CN, BD, VN and TR.
        long planted = below.stream().filter(o -> Set.of("61", "62", "64").contains(o.hsSubheading().substring(0, 2))
                && Set.of("CN", "BD", "VN", "TR").contains(o.origin())).count();
        assertThat(planted).isGreaterThan(below.size() / 2);
        assertThat(below).allMatch(o -> o.shareOfUsual() < 1);
    }

    @Test
    void aNewRouteIsAKnownConsigneesFirstLoadingAtThatPlaceForThatPort() {
        assertThat(REPORT.newRoutes()).isNotEmpty();
        Map<String, CallRecord> calls = HISTORY.calls().stream()
                .collect(Collectors.toMap(CallRecord::mrn, c -> c, (a, b) -> a));
        Map<List<String>, List<Loading>> loadings = new HashMap<>();
        for (CallRecord c : HISTORY.calls()) {
            for (var consignment : c.consignments()) {
                String consignee = TraderKeys.of(consignment.consignment().consignee());
                loadings.computeIfAbsent(List.of(consignee, c.port()), k -> new ArrayList<>()).add(new Loading(
                        c.filedAt(), consignment.consignment().placeOfLoading().value()));
            }
        }
        for (NewRoute route : REPORT.newRoutes()) {
            CallRecord call = calls.get(route.mrn());
            String consignee = TraderKeys.of(call.consignments().stream()
                    .filter(c -> c.reference().equals(route.consignment())).findFirst().orElseThrow()
                    .consignment().consignee());
            List<String> earlierPlaces = loadings.getOrDefault(List.of(consignee, route.portOfCall()), List.of())
                    .stream().filter(l -> l.filedAt().isBefore(call.filedAt())).map(Loading::place).toList();
            assertThat(earlierPlaces).as("earlier loadings of %s for %s", consignee, route.portOfCall())
                    .doesNotContain(route.placeOfLoading());
            assertThat(route.earlierConsignments()).isGreaterThanOrEqualTo(TradePatterns.KNOWN_AFTER);
        }
    }

    /** A consignee's consignment loaded at a place, filed at a moment, for one port. */
    private record Loading(Instant filedAt, String place) {
    }

    @Test
    void callTracesGiveTheSameNewRoutesAsTheWholeHistory() {
        List<CallTrace> traces = HISTORY.calls().stream().map(CallTrace::of).toList();

        TradePatternReport fromTraces = GeneratedWorld.ANALYSIS.tradePatterns(traces, FROM, TO, 10_000);

        assertThat(fromTraces.newRoutes()).isNotEmpty().isEqualTo(REPORT.newRoutes());
        assertThat(fromTraces.consignments()).isEqualTo(REPORT.consignments());
        assertThat(fromTraces.valued()).isZero();
        assertThat(fromTraces.valueOutliers()).isEmpty();
        assertThat(GeneratedWorld.ANALYSIS.tradePatterns(traces, FROM, TO, 3).newRoutes())
                .isEqualTo(REPORT.newRoutes().subList(0, 3));
    }

    @Test
    void patternsAreListedNewestFirstAndCutAtTheLimit() {
        TradePatternReport three = GeneratedWorld.ANALYSIS.tradePatterns(HISTORY, FROM, TO, 3);

        assertThat(three.valueOutliers()).hasSize(3).isEqualTo(REPORT.valueOutliers().subList(0, 3));
        assertThat(three.newRoutes()).hasSizeLessThanOrEqualTo(3);
        assertThat(REPORT.valueOutliers()).isSortedAccordingTo((a, b) -> b.filedAt().compareTo(a.filedAt()));
    }
}
