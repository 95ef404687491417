package org.portcullis.benchmark.rules;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.FilingAssessor;
import org.portcullis.model.filing.Filing;

/** Drools alone: filings of the end-to-end run's size assessed per second, on as many threads as the run gives. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DroolsThroughputBenchmark {

    private FilingAssessor assessor;
    private Filing filing;

    @Setup
    public void setUp() {
        assessor = RuleSetFixture.assessor(RuleSetFixture.ruleSetDirectory());
        int consignments = Integer.getInteger("bench.consignments", 50);
        filing = RuleSetFixture.filing(org.portcullis.benchmark.Filings.json("DROOLS", consignments));
    }

    @Benchmark
    public Assessment assess() {
        return assessor.assess(BenchMrn.MRN, filing);
    }
}
