package org.portcullis.rules.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleSet;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.portcullis.rules.engine.RuleSources;
import org.portcullis.rules.engine.TestFilings;

/**
 * Hot reload of a rule set of 500 rules (the repository's plus generated profiles in 10 files): compiling and
 * swapping it in while another thread keeps assessing filings with the live rule set. Reports the reload time,
 * the assessments done meanwhile and the slowest of them. Run with {@code mvn -B -pl rules -am -Pbench verify}.
 */
class HotReloadBenchmark {

    private static final int RULES = 500;
    private static final int ROUNDS = 5;

    @Test
    void reloadFiveHundredRulesWhileAssessing() throws Exception {
        RuleSources repository = RuleSources.fromDirectory(Path.of("ruleset"));
        RuleSetCompiler compiler = new RuleSetCompiler(Clock.systemUTC());
        RuleSet initial = compiler.compile(repository);
        LiveRuleSet live = new LiveRuleSet(initial);
        DroolsFilingAssessor assessor = new DroolsFilingAssessor(live, Clock.systemUTC());
        Filing filing = TestFilings.filing(TestFilings.item("LED ceiling lamps, 230 V", "940511"));
        Mrn mrn = Mrn.issue(26, CountryCode.of("NL"), 1);

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger assessments = new AtomicInteger();
        AtomicLong slowest = new AtomicLong();
        Thread load = new Thread(() -> {
            while (running.get()) {
                long t0 = System.nanoTime();
                assessor.assess(mrn, filing);
                slowest.accumulateAndGet(System.nanoTime() - t0, Math::max);
                assessments.incrementAndGet();
            }
        });
        load.start();
        long[] reloads = new long[ROUNDS];
        long[] cpu = new long[ROUNDS];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int ruleCount = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                RuleSources sources = withGeneratedRules(repository, RULES - initial.rules().size(), round);
                int before = assessments.get();
                slowest.set(0);
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                RuleSet next = compiler.compile(sources);
                live.replace(next);
                reloads[round] = System.nanoTime() - t0;
                cpu[round] = threads.getCurrentThreadCpuTime() - cpu0;
                ruleCount = next.rules().size();
                BenchmarkReport.line("Hot reload round %d: %d rules compiled and swapped in %.0f ms (CPU %.0f ms);"
                        + " %d assessments meanwhile, slowest %.1f ms", round + 1, ruleCount, reloads[round] / 1e6,
                        cpu[round] / 1e6, assessments.get() - before, slowest.get() / 1e6);
            }
        } finally {
            running.set(false);
            load.join();
        }
        BenchmarkReport.line("Hot reload: %d rules, median %.0f ms (max %.0f), CPU of the compiling thread median"
                + " %.0f ms; %,d assessments in all, none failed", ruleCount, BenchmarkReport.median(reloads),
                BenchmarkReport.max(reloads), BenchmarkReport.median(cpu), assessments.get());
    }

    /** The repository's files plus generated profile rules, different each round (as an author's edit would be). */
    static RuleSources withGeneratedRules(RuleSources repository, int count, int round) {
        Map<String, byte[]> files = new HashMap<>(repository.files());
        int perFile = (count + 9) / 10;
        for (int file = 0; file < 10; file++) {
            StringBuilder drl = new StringBuilder("""
                    // Purpose:     Generated profiles for the hot reload benchmark
                    // Legal basis: none
                    // Owner:       benchmark
                    // Last review: 2026-11-29
                    package generated;
                    import org.portcullis.model.assessment.Outcome;
                    import org.portcullis.rules.fact.GoodsItemFact;
                    import org.portcullis.rules.fact.RuleFinding;
                    """);
            for (int i = 0; i < perFile && file * perFile + i < count; i++) {
                int id = 5000 + file * perFile + i;
                drl.append("""
                        rule "GEN-%d Profile %d round %d: documentary check"
                        when
                            $item : GoodsItemFact( hsHeading == "%04d", grossMassKg > %d )
                        then
                            insert(new RuleFinding(drools, $item, Outcome.DOCUMENT_CHECK, "profile %d"));
                        end
                        """.formatted(id, id, round, 100 + (id % 9000), round * 10, id));
            }
            files.put("generated/profiles-" + file + ".drl", drl.toString().getBytes(StandardCharsets.UTF_8));
        }
        return new RuleSources(files);
    }
}
