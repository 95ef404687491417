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
 * consignments declare values; live filings of the published formats declare none). Reading the stored history
 * parses every filing of it, so the report of the stored cases is kept for {@link #REFRESH} and shared by all officers
 * (their agencies only decide whether they may see it); the generated one is made once per node.
 */
@Service
public class TradePatternsOfCases {

    public static final Duration WINDOW = Duration.ofDays(30);
    public static final int LIMIT = 50;
    public static final Duration REFRESH = Duration.ofMinutes(5);

    private record Kept(Instant madeAt, TradePatternReport report) {
    }

    private final StoredHistory storedHistory;
    private final RiskAnalysis analysis;
    private final RiskProperties properties;
    private final Agencies agencies;
    private final AgenciesProperties agencyProperties;
    private final Clock clock;
    private volatile TradePatternReport generated;
    private volatile Kept stored;

    TradePatternsOfCases(StoredHistory storedHistory, RiskAnalysis analysis, RiskProperties properties, Agencies agencies,
            AgenciesProperties agencyProperties, Clock clock) {
        this.storedHistory = storedHistory;
        this.analysis = analysis;
        this.properties = properties;
        this.agencies = agencies;
        this.agencyProperties = agencyProperties;
        this.clock = clock;
    }

    /** The patterns, or empty when the officer's agencies do not read customs' reasons. */
    public Optional<TradePatternReport> forOfficer(Collection<String> groups, HistorySource source) {
        Instant now = clock.instant();
        if (!Disclosure.forGroups(agencies, groups).forFiling(now).readsReasonsOf(agencyProperties.lead())) {
            return Optional.empty();
        }
        return Optional.of(source == HistorySource.GENERATED ? generated() : stored(now));
    }

    private TradePatternReport stored(Instant now) {
        Kept kept = stored;
        if (kept == null || !now.isBefore(kept.madeAt().plus(REFRESH))) {
            kept = new Kept(now, lastWindow(storedHistory.read(), now));
            stored = kept;
        }
        return kept.report();
    }

    private TradePatternReport generated() {
        TradePatternReport report = generated;
        if (report == null) {
            History history = new HistoryGenerator().generate(GeneratorSettings.standard(properties.generatorSeed()));
            report = lastWindow(history, history.lastFiled().plusSeconds(1));
            generated = report;
        }
        return report;
    }

    private TradePatternReport lastWindow(History history, Instant to) {
        return analysis.tradePatterns(history, to.minus(WINDOW), to, LIMIT);
    }
}
