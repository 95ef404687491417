package org.portcullis.benchmark.rules;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.FilingAssessor;
import org.portcullis.model.filing.Filing;

/**
 * Growth: the time to assess one realistic filing (50 consignments, 100 parties screened) as the watchlist grows
 * from 1,000 to 1,000,000 entries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScreeningBenchmark {

    @Param({"1000", "100000", "1000000"})
    public int watchlistEntries;

    private Path ruleSet;
    private FilingAssessor assessor;
    private Filing filing;

    @Setup
    public void setUp() {
        ruleSet = RuleSetFixture.withWatchlist(RuleSetFixture.ruleSetDirectory(), watchlistEntries);
        assessor = RuleSetFixture.assessor(ruleSet);
        filing = RuleSetFixture.filing(org.portcullis.benchmark.Filings.json("SCREEN-" + watchlistEntries, 50));
    }

    @TearDown
    public void tearDown() {
        RuleSetFixture.delete(ruleSet);
    }

    @Benchmark
    public Assessment assess() {
        return assessor.assess(BenchMrn.MRN, filing);
    }
}
