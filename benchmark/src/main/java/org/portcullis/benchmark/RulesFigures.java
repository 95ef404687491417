package org.portcullis.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.portcullis.benchmark.rules.AssessmentBenchmark;
import org.portcullis.benchmark.rules.DroolsThroughputBenchmark;
import org.portcullis.benchmark.rules.ScreeningBenchmark;

/** Runs the JMH benchmarks of the rules (Drools alone, growth) in forked JVMs and gives their scores. */
final class RulesFigures {

    record Score(String benchmark, String parameter, double score, double error, String unit) {
    }

    private static final int ITERATION_SECONDS = 3;

    private final BenchSettings settings;

    RulesFigures(BenchSettings settings) {
        this.settings = settings;
    }

    /**
     * Drools alone, as a raw bound: like the other bounds, after its JIT has settled (a minute of warm-up). With the
     * 6 s of warm-up it had before, its three measured iterations still climbed (1,208, 2,115, 2,692 filings/s).
     */
    Score droolsThroughput(int threads) throws Exception {
        var results = run(options(DroolsThroughputBenchmark.class, 20, 5).threads(threads)
                .timeUnit(TimeUnit.SECONDS));
        return scores(results).get(0);
    }

    /** Growth: time per operation, each size warmed up for 15 s and measured for 15 s. */
    List<Score> growth() throws Exception {
        List<Score> scores = new ArrayList<>(scores(run(options(AssessmentBenchmark.class, 5, 5))));
        scores.addAll(scores(run(options(ScreeningBenchmark.class, 5, 5))));
        return scores;
    }

    private ChainedOptionsBuilder options(Class<?> benchmark, int warmupIterations, int measurementIterations) {
        return new OptionsBuilder().include(benchmark.getName() + ".*").forks(1)
                .warmupIterations(warmupIterations).warmupTime(TimeValue.seconds(ITERATION_SECONDS))
                .measurementIterations(measurementIterations).measurementTime(TimeValue.seconds(ITERATION_SECONDS))
                .jvmArgs("-Xms1g", "-Xmx3g", "-Dbench.ruleset=" + settings.ruleSet(),
                        "-Dbench.consignments=" + settings.consignments())
                .shouldFailOnError(true);
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws Exception {
        return new Runner(options.build()).run();
    }

    private static List<Score> scores(Collection<RunResult> results) {
        return results.stream().map(result -> {
            var primary = result.getPrimaryResult();
            var params = result.getParams();
            String parameter = params.getParamsKeys().stream().map(key -> key + "=" + params.getParam(key))
                    .reduce((a, b) -> a + "," + b).orElse("threads=" + params.getThreads());
            return new Score(params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.', 
                    params.getBenchmark().lastIndexOf('.') - 1) + 1), parameter, primary.getScore(),
                    primary.getScoreError(), primary.getScoreUnit());
        }).toList();
    }
}
