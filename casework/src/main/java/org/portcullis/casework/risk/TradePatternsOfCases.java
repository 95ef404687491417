package org.portcullis.casework.risk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.portcullis.casework.agency.AgenciesProperties;
import org.portcullis.risk.RiskAnalysis;
import org.portcullis.risk.generate.GeneratorSettings;
import org.portcullis.risk.generate.HistoryGenerator;
import org.portcullis.risk.history.History;
import org.portcullis.risk.patterns.TradePatternReport;
import org.portcullis.sharing.agency.Agencies;
import org.portcullis.sharing.disclosure.Disclosure;
import org.springframework.stereotype.Service;

/**
 * The trade patterns of the last {@link #WINDOW} of filings, for officers who read the lead agency's (customs')
 * reasons: from the stored cases, or in a demo from the generated history the model may be trained on (whose
 * consignments declare values; live filings of the published formats declare none). Both are made in the
 * background and shared by all officers (their agencies only decide whether they may see them): the stored cases'
 * every {@code portcullis.risk.report-interval}, the generated history's once ({@link ScheduledReports}).
 */
@Service
public class TradePatternsOfCases {

    public static final Duration WINDOW = Duration.ofDays(30);
    public static final int LIMIT = 50;

    private final Agencies agencies;
    private final AgenciesProperties agencyProperties;
    private final Clock clock;
    private final PreparedReport<TradePatternReport> stored;
    private final PreparedReport<TradePatternReport> generated;

    TradePatternsOfCases(StoredTraces storedTraces, RiskAnalysis analysis, RiskProperties properties,
            Agencies agencies, AgenciesProperties agencyProperties, RiskReportExecutor executor, Clock clock) {
        this.agencies = agencies;
        this.agencyProperties = agencyProperties;
        this.clock = clock;
        this.stored = PreparedReport.refreshedEvery(properties.reportInterval(), "trade patterns of the stored cases",
                now -> analysis.tradePatterns(storedTraces.read().calls(), now.minus(WINDOW), now, LIMIT),
                executor.executor(), clock);
        this.generated = PreparedReport.madeOnce("trade patterns of the generated history", now -> {
            History history = new HistoryGenerator().generate(GeneratorSettings.standard(properties.generatorSeed()));
            return lastWindow(analysis, history, history.lastFiled().plusSeconds(1));
        }, executor.executor(), clock);
    }

    /**
     * The patterns last made, without waiting for new ones (not ready while the first are being made), or empty
     * when the officer's agencies do not read customs' reasons.
     */
    public Optional<PreparedReport.Snapshot<TradePatternReport>> forOfficer(Collection<String> groups,
            HistorySource source) {
        if (!Disclosure.forGroups(agencies, groups).forFiling(clock.instant()).readsReasonsOf(agencyProperties.lead())) {
            return Optional.empty();
        }
        return Optional.of((source == HistorySource.GENERATED ? generated : stored).snapshot());
    }

    /** Starts making the stored cases' patterns again in the background. */
    void refreshStored() {
        stored.refresh();
    }

    /** Starts making the generated history's patterns in the background, unless they were made already. */
    void refreshGenerated() {
        generated.refresh();
    }

    /** How often the stored cases' patterns are made again. */
    public Duration interval() {
        return stored.interval();
    }

    private static TradePatternReport lastWindow(RiskAnalysis analysis, History history, Instant to) {
        return analysis.tradePatterns(history, to.minus(WINDOW), to, LIMIT);
    }
}
