package org.portcullis.app.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.portcullis.app.dashboard.DashboardFigures.RuleInspections;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Computes the dashboard's figures for the cases registered in the last days (or all cases). */
@Service
public class Dashboard {

    /** The periods a supervisor may choose, in days; 0 is every case. */
    public static final List<Integer> PERIODS = List.of(7, 30, 90, 365, 0);

    private final DashboardQueries queries;
    private final GoodsLineProjection projection;
    private final ObjectProvider<InspectionResults> inspectionResults;
    private final Clock clock;

    Dashboard(DashboardQueries queries, GoodsLineProjection projection,
            ObjectProvider<InspectionResults> inspectionResults, Clock clock) {
        this.queries = queries;
        this.projection = projection;
        this.inspectionResults = inspectionResults;
        this.clock = clock;
    }

    public DashboardFigures figures(int days) {
        projection.catchUp();
        Instant now = clock.instant();
        Instant from = days <= 0 ? Instant.EPOCH : now.minus(Duration.ofDays(days));
        Instant to = now.plusSeconds(1);
        Optional<InspectionResults> results = Optional.ofNullable(inspectionResults.getIfAvailable());
        Map<String, InspectionResults.Tally> tallies = results.map(r -> r.perRule(from)).orElse(Map.of());
        List<RuleInspections> inspections = queries.inspectionsOrdered(from, to).stream()
                .map(ordered -> {
                    InspectionResults.Tally tally = tallies.get(ordered.key());
                    return new RuleInspections(ordered.key(), ordered.count(),
                            tally == null ? null : tally.found(), tally == null ? null : tally.nothingFound());
                }).toList();
        return new DashboardFigures(from, now, queries.casesByStatus(from, to), queries.casesByLane(from, to),
                queries.decisionTimes(from, to), queries.clearedBeforeArrival(from, to, now),
                queries.assessedCases(from, to), queries.ruleHits(from, to), inspections, results.isPresent(),
                queries.topOrigins(from, to), queries.topHsChapters(from, to));
    }
}
