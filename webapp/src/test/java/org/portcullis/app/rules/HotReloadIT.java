package org.portcullis.app.rules;

import org.portcullis.casework.rules.RuleSetVersions;
import org.portcullis.casework.rules.RulesProperties;
import org.portcullis.casework.rules.RuleSetSynchronizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.app.CarrierClient;
import org.portcullis.app.PortcullisIntegrationTest;
import org.portcullis.model.intake.FilingReadResult;
import org.portcullis.messaging.filing.JsonFilingReader;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.FilingAssessor;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.portcullis.rules.engine.RuleSources;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The running application watches its rule set directory: a good change goes live on every node sharing the
 * database and every assessment records it; a bad one (syntax error, duplicate id, a rule that loops, bad
 * watchlist rows) is refused with its problems and the live rule set keeps serving.
 */
class HotReloadIT extends PortcullisIntegrationTest {

    /**
     * A rule set goes live three times its compile time after it is published (on a loaded 2-core machine compiling
     * takes 7 to 20 s): a bound for correctness, not a speed figure (those are the rule benchmarks').
     */
    private static final Duration RELOAD_WAIT = Duration.ofSeconds(90);

    private static final String HEADER = """
            // Purpose:     Integration test rule
            // Legal basis: none
            // Owner:       tests
            // Last review: 2026-11-29
            package targeting;
            import org.portcullis.model.assessment.Outcome;
            import org.portcullis.rules.fact.GoodsItemFact;
            import org.portcullis.rules.fact.RuleFinding;
            """;
    private static final AtomicInteger SERIAL = new AtomicInteger(900_000);

    @Autowired
    LiveRuleSet live;
    @Autowired
    RuleSetVersions versions;
    @Autowired
    FilingAssessor assessor;
    @Autowired
    JsonFilingReader reader;
    @Autowired
    RulesProperties properties;
    @Autowired
    Clock clock;

    private String originalVersion;

    @BeforeEach
    void liveRuleSetIsTheDirectorys() {
        originalVersion = RuleSources.fromDirectory(RULES_DIRECTORY).version();
        await().atMost(RELOAD_WAIT).until(() -> live.current().version().equals(originalVersion));
    }

    @AfterEach
    void restoreTheDirectory() throws IOException {
        for (String file : List.of("targeting/it-lamps.drl", "targeting/it-broken.drl", "targeting/it-loop.drl",
                "targeting/it-duplicate.drl", "reference/watchlists/persons/it-bad.csv")) {
            Files.deleteIfExists(RULES_DIRECTORY.resolve(file));
        }
        await().atMost(RELOAD_WAIT).until(() -> live.current().version().equals(originalVersion));
    }

    @Test
    void goodChangeGoesLiveOnEveryNodeAndAssessmentsRecordItsVersion() throws IOException {
        write("targeting/it-lamps.drl", HEADER + """
                rule "TGT-990 Lamps loaded in China: documentary check"
                when
                    $item : GoodsItemFact( hsChapter == 94, loadingCountry == "CN" )
                then
                    insert(new RuleFinding(drools, $item, Outcome.DOCUMENT_CHECK, "lamps " + $item.getHsCode()));
                end
                """);
        String changed = RuleSources.fromDirectory(RULES_DIRECTORY).version();

        await().atMost(RELOAD_WAIT).until(() -> live.current().version().equals(changed));

        Assessment assessment = assessor.assess(nextMrn(), greenFiling());
        assertThat(assessment.ruleSetVersion()).isEqualTo(changed);
        assertThat(assessment.findings()).extracting(Finding::ruleId).contains("TGT-990");
        var activation = versions.liveAt(clock.instant()).orElseThrow();
        assertThat(activation.version()).isEqualTo(changed);
        assertThat(activation.source()).isEqualTo("DIRECTORY");
        assertThat(activation.activatedBy())
                .startsWith(Files.getOwner(RULES_DIRECTORY.resolve("targeting/it-lamps.drl")).getName() + "@");

        LiveRuleSet secondNode = new LiveRuleSet(new RuleSetCompiler(clock).compile(
                RuleSources.fromDirectory(Path.of("../rules/ruleset"))));
        new RuleSetSynchronizer(secondNode, versions, new RuleSetCompiler(clock), properties, clock).synchronize();
        assertThat(secondNode.current().version()).isEqualTo(changed);
        assertThat(secondNode.current().rules()).anyMatch(rule -> rule.id().equals("TGT-990"));
    }

    @Test
    void syntaxErrorIsRefusedWithFileAndLineAndTheLiveRuleSetKeepsServing() throws IOException {
        write("targeting/it-broken.drl", HEADER + """
                rule "TGT-992 Broken"
                when
                    $item : GoodsItemFact( hsChapter == )
                then
                end
                """);

        var rejection = awaitRejectionOfDirectory();

        assertThat(texts(rejection)).anyMatch(problem -> problem.startsWith("targeting/it-broken.drl:11 "));
        assertThat(live.current().version()).isEqualTo(originalVersion);
        assertThat(assessor.assess(nextMrn(), greenFiling()).ruleSetVersion()).isEqualTo(originalVersion);
    }

    @Test
    void duplicateRuleIdIsRefused() throws IOException {
        write("targeting/it-duplicate.drl", HEADER + """
                rule "TGT-001 Arms again"
                when
                    $item : GoodsItemFact( hsChapter == 93 )
                then
                end
                """);

        assertThat(awaitRejectionOfDirectory().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.text()).isEqualTo("targeting/it-duplicate.drl:9 rule id TGT-001 is used twice (also in"
                    + " targeting/arms.drl:13)");
            assertThat(problem.snippet()).isEqualTo("rule \"TGT-001 Arms again\"");
        });
        assertThat(live.current().version()).isEqualTo(originalVersion);
    }

    @Test
    void ruleThatLoopsIsRefusedBeforeItGoesLive() throws IOException {
        write("targeting/it-loop.drl", HEADER + """
                rule "TGT-991 Finds its own findings again and again"
                when
                    $finding : RuleFinding()
                then
                    insert(new RuleFinding(drools, $finding.getAbout(), Outcome.INSPECT, "again"));
                end
                """);

        assertThat(texts(awaitRejectionOfDirectory())).anyMatch(problem -> problem.startsWith(
                "targeting/it-loop.drl ") && problem.contains("TGT-991") && problem.contains("it loops"));
        assertThat(live.current().version()).isEqualTo(originalVersion);
    }

    @Test
    void watchlistWithBadRowsIsRefusedRowByRow() throws IOException {
        write("reference/watchlists/persons/it-bad.csv", """
                entryId,name,dateOfBirth,nationality,documentNumber,reason
                X-1,Good Name,1970-01-01,NL,,fine
                X-2,,1970-01-01,NL,,no name
                X-3,Bad Date,1970-02-30,NL,,no such day
                """);

        assertThat(texts(awaitRejectionOfDirectory())).containsExactly(
                "reference/watchlists/persons/it-bad.csv:3 entryId and name are required",
                "reference/watchlists/persons/it-bad.csv:4 dateOfBirth '1970-02-30' is neither yyyy-MM-dd nor a year");
        assertThat(live.current().version()).isEqualTo(originalVersion);
    }

    @Test
    void assessmentsGoOnWhileARuleSetIsSwappedAndEachUsesOneVersion() throws Exception {
        Filing filing = greenFiling();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        AtomicInteger assessments = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread load = new Thread(() -> {
            while (running.get()) {
                try {
                    seen.add(assessor.assess(nextMrn(), filing).ruleSetVersion());
                    assessments.incrementAndGet();
                } catch (RuntimeException e) {
                    errors.add(e);
                }
            }
        });
        load.start();
        try {
            write("targeting/it-lamps.drl", HEADER + """
                    rule "TGT-990 Lamps loaded in China: documentary check"
                    when
                        $item : GoodsItemFact( hsChapter == 94, loadingCountry == "CN" )
                    then
                        insert(new RuleFinding(drools, $item, Outcome.DOCUMENT_CHECK, "lamps"));
                    end
                    """);
            String changed = RuleSources.fromDirectory(RULES_DIRECTORY).version();
            await().atMost(RELOAD_WAIT).until(() -> seen.contains(changed));
        } finally {
            running.set(false);
            load.join();
        }

        assertThat(errors).isEmpty();
        assertThat(assessments.get()).isPositive();
        assertThat(seen).hasSize(2).contains(originalVersion);
    }

    private static List<String> texts(RuleSetVersions.Rejection rejection) {
        return rejection.problems().stream().map(RuleSetVersions.Problem::text).toList();
    }

    private RuleSetVersions.Rejection awaitRejectionOfDirectory() {
        String version = RuleSources.fromDirectory(RULES_DIRECTORY).version();
        return await().atMost(RELOAD_WAIT).until(() -> versions.rejections(5).stream()
                .filter(rejection -> rejection.version().equals(version)).findFirst().orElse(null),
                rejection -> rejection != null);
    }

    private Filing greenFiling() {
        String json = CarrierClient.sample("filing-green.json", "HOT-RELOAD-" + SERIAL.get());
        return ((FilingReadResult.Valid) reader.read(json.getBytes(StandardCharsets.UTF_8))).filing()
                .withTransport("it", "IT");
    }

    private static Mrn nextMrn() {
        return Mrn.issue(26, CountryCode.of("NL"), SERIAL.incrementAndGet());
    }

    private static void write(String file, String content) throws IOException {
        Path path = RULES_DIRECTORY.resolve(file);
        Files.createDirectories(path.getParent());
        Path temporary = Files.createTempFile(RULES_DIRECTORY.getParent(), "it-rule-", ".tmp");
        Files.writeString(temporary, content);
        Files.move(temporary, path, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

}
