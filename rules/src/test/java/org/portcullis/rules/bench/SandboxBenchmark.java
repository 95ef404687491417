package org.portcullis.rules.bench;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.portcullis.rules.engine.EngineTimings;
import org.portcullis.rules.engine.RuleSources;

/**
 * What the rule code sandbox costs: the share of a compilation its two checks take (on the parsed files before
 * compiling, on the generated classes after), for the repository's rule set and for the 500-rule set of the hot
 * reload benchmark; and what handing each assessment's session to a worker thread (for the time limit) costs.
 * Run with {@code mvn -B -pl rules -am -Pbench verify}.
 */
class SandboxBenchmark {

    private static final int WARM_UP = 3;
    private static final int ROUNDS = 7;
    private static final int HAND_OFFS = 20_000;

    @Test
    void sandboxShareOfCompilingAndSessionHandOff() throws Exception {
        RuleSources repository = RuleSources.fromDirectory(Path.of("ruleset"));
        measure("repository rule set", repository);
        measure("500 rules", HotReloadBenchmark.withGeneratedRules(repository, 500 - ruleCount(repository), 0));

        for (int i = 0; i < HAND_OFFS; i++) {
            EngineTimings.handOff();
        }
        long[] handOffs = new long[HAND_OFFS];
        for (int i = 0; i < HAND_OFFS; i++) {
            handOffs[i] = EngineTimings.handOff();
        }
        BenchmarkReport.line("Session hand-off to a worker thread: median %.1f microseconds (max %.1f) over %,d",
                BenchmarkReport.median(handOffs) * 1000, BenchmarkReport.max(handOffs) * 1000, HAND_OFFS);
    }

    private static void measure(String name, RuleSources sources) {
        for (int i = 0; i < WARM_UP; i++) {
            EngineTimings.compile(sources);
        }
        long[] total = new long[ROUNDS];
        long[] sandbox = new long[ROUNDS];
        long[] sourceCheck = new long[ROUNDS];
        long[] bytecodeCheck = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            EngineTimings.CompileTimes times = EngineTimings.compile(sources);
            total[i] = times.total();
            sandbox[i] = times.sandbox();
            sourceCheck[i] = times.sourceCheck();
            bytecodeCheck[i] = times.bytecodeCheck();
        }
        BenchmarkReport.line("Sandbox, %s: compile median %.0f ms, of which the sandbox %.0f ms (%.1f %%: source"
                + " check %.0f ms, bytecode check %.0f ms)", name, BenchmarkReport.median(total),
                BenchmarkReport.median(sandbox), 100 * BenchmarkReport.median(sandbox) / BenchmarkReport.median(total),
                BenchmarkReport.median(sourceCheck), BenchmarkReport.median(bytecodeCheck));
    }

    private static int ruleCount(RuleSources sources) {
        return new org.portcullis.rules.engine.RuleSetCompiler(java.time.Clock.systemUTC()).compile(sources).rules()
                .size();
    }
}
