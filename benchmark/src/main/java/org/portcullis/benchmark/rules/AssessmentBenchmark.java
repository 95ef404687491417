package org.portcullis.benchmark.rules;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.FilingAssessor;
import org.portcullis.model.filing.Filing;

/** Growth: the time to assess one filing as it grows from 1 to 10,000 consignments (the repository's rule set). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AssessmentBenchmark {

    @Param({"1", "100", "1000", "10000"})
    public int consignments;

    private FilingAssessor assessor;
    private Filing filing;

    @Setup
    public void setUp() {
        assessor = RuleSetFixture.assessor(RuleSetFixture.ruleSetDirectory());
        filing = RuleSetFixture.filing(org.portcullis.benchmark.Filings.json("GROWTH-" + consignments, consignments));
    }

    @Benchmark
    public Assessment assess() {
        return assessor.assess(BenchMrn.MRN, filing);
    }
}
