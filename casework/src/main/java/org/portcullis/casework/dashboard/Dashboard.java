package org.portcullis.casework.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Computes the dashboard's figures for the cases registered in the last days (or all cases). It only reads: the goods
 * lines behind top origins and HS chapters are written with each filing version (intake's FilingGoodsLines).
 */
@Service
public class Dashboard {

    /** The periods a supervisor may choose, in days; 0 is every case. */
    public static final List<Integer> PERIODS = List.of(7, 30, 90, 365, 0);

    private final DashboardQueries queries;
    private final Clock clock;

    Dashboard(DashboardQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public DashboardFigures figures(int days) {
        Instant now = clock.instant();
        Instant from = days <= 0 ? Instant.EPOCH : now.minus(Duration.ofDays(days));
        Instant to = now.plusSeconds(1);
        return new DashboardFigures(from, now, queries.casesByStatus(from, to), queries.casesByLane(from, to),
                queries.decisionTimes(from, to), queries.clearedBeforeArrival(from, to, now),
                queries.assessedCases(from, to), queries.ruleHits(from, to), queries.inspections(from, to),
                queries.topOrigins(from, to), queries.topHsChapters(from, to));
    }
}
