package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleSources;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new rule set re-assesses the cases being cleared (issue 17, point 5): a case cleared under the old rules, which a
 * rule of the new set inspects, is reopened under that rule (its carrier told), and its case file shows the
 * re-assessment with the new rule set's version; when the rule goes again, the lower outcome is recorded and the
 * case stays with the clerks: a re-assessment never releases.
 */
class RuleSetReassessmentIT extends PortcullisIntegrationTest {

    private static final Path RULE_FILE = RULES_DIRECTORY.resolve("targeting/it-reassess.drl");

    @Autowired
    LiveRuleSet live;

    @AfterEach
    void removeTheRule() throws IOException {
        Files.deleteIfExists(RULE_FILE);
        String original = RuleSources.fromDirectory(RULES_DIRECTORY).version();
        await().atMost(Duration.ofSeconds(30)).until(() -> live.current().version().equals(original));
    }

    @Test
    void aNewRuleSetReopensAClearedCaseItInspectsAndTheNextOneWithoutTheRuleReleasesNothing() throws Exception {
        String container = IotMqttIT.uniqueContainer();
        String lrn = "rule-set-" + UUID.randomUUID();
        try (CarrierClient carrier = carrier("SENSOR")) {
            carrier.send(sample("filing-green.json", lrn, uniqueImo(), TestDates.ETA)
                    .replace("MSCU1234566", container).replace("CSQU3054383", IotMqttIT.uniqueContainer()), lrn);
            String mrn = carrier.awaitNotice("ACCEPTED", lrn).mrn();
            carrier.awaitNotice("ASSESSMENT_COMPLETE", lrn);

            Files.writeString(RULE_FILE, """
                    // Purpose:     Integration test rule: one container of this test inspected
                    // Legal basis: none
                    // Owner:       tests
                    // Last review: 2026-12-05
                    package targeting;
                    import org.portcullis.model.assessment.Outcome;
                    import org.portcullis.rules.fact.ContainerFact;
                    import org.portcullis.rules.fact.RuleFinding;

                    rule "TGT-991 Container of the re-assessment test: inspect"
                    when
                        $container : ContainerFact( number == "%s" )
                    then
                        insert(new RuleFinding(drools, $container, Outcome.INSPECT, "test container"));
                    end
                    """.formatted(container));
            String changed = RuleSources.fromDirectory(RULES_DIRECTORY).version();
            await().atMost(Duration.ofSeconds(90)).until(() -> live.current().version().equals(changed));

            carrier.awaitNotice("ASSESSMENT_REOPENED", lrn);
            await().atMost(Duration.ofSeconds(30)).until(() -> "REFERRED".equals(caseStatus(mrn)));
            assertThat(jdbc.sql("select triggers || ' ' || result || ' ' || rule_set_version from case_reassessment "
                    + "where mrn = ?").param(mrn).query(String.class).list())
                    .containsExactly("RULE_SET REOPENED " + changed);
            String caseFile = OfficerSession.signIn(port, "clerk", "clerk").get("/cases/" + mrn).body();
            assertThat(caseFile).contains("data-result=\"REOPENED\"", "TGT-991", changed);

            Files.delete(RULE_FILE);
            String original = RuleSources.fromDirectory(RULES_DIRECTORY).version();
            await().atMost(Duration.ofSeconds(90)).until(() -> reassessments(mrn) == 2);
            assertThat(jdbc.sql("select result || ' ' || standing_outcome || ' ' || new_outcome || ' ' || "
                    + "rule_set_version from case_reassessment where mrn = ? order by id").param(mrn)
                    .query(String.class).list()).last().isEqualTo("STANDING_KEPT INSPECT RELEASE " + original);
            assertThat(caseStatus(mrn)).isEqualTo("REFERRED");
            assertThat(jdbc.sql("select outcome from assessment where id = (select max(id) from assessment "
                    + "where mrn = ?)").param(mrn).query(String.class).single()).isEqualTo("INSPECT");
        }
    }

    private int reassessments(String mrn) {
        return jdbc.sql("select count(*) from case_reassessment where mrn = ?").param(mrn).query(Integer.class)
                .single();
    }
}
