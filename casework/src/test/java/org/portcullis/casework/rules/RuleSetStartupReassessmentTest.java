package org.portcullis.casework.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.casework.reassessment.ReassessmentFixture;
import org.portcullis.casework.reassessment.ReassessmentRequests;
import org.portcullis.casework.reassessment.Reassessments;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleSet;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When the node serves, a cleared case last assessed under another rule set than the live one is queued for
 * re-assessment, due once every node serves the live one (a poll and a second on); one assessed under the live rule
 * set is not; nothing is queued when re-assessment on a rule set change is switched off.
 */
class RuleSetStartupReassessmentTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Mrn STALE = Mrn.issue(2026, CountryCode.of("NL"), 1);
    private static final Mrn CURRENT = Mrn.issue(2026, CountryCode.of("NL"), 2);

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final JdbcClient jdbc = database.jdbc();
    private final ReassessmentRequests requests = new ReassessmentRequests(jdbc);
    private final RulesProperties rules = new RulesProperties(null, null, null, false, Duration.ofSeconds(2), null,
            null, null, null);

    @Test
    void casesLastAssessedUnderAnotherRuleSetAreQueuedOnceEveryNodeServesTheLiveOne() {
        clearedCase(STALE, "v1");
        clearedCase(CURRENT, "v2");

        startup(true).nodeServes();

        assertThat(requests.pending(10, NOW.plusSeconds(2))).isEmpty();
        assertThat(requests.pending(10, NOW.plusSeconds(3))).extracting(ReassessmentRequests.Pending::mrn)
                .containsExactly(STALE);
    }

    @Test
    void switchedOffNothingIsQueued() {
        clearedCase(STALE, "v1");

        startup(false).nodeServes();

        assertThat(requests.pending(10, NOW.plusSeconds(3))).isEmpty();
    }

    private RuleSetStartupReassessment startup(boolean onRuleSetChange) {
        Reassessments reassessments = ReassessmentFixture.onRuleSetChange(requests, onRuleSetChange, NOW);
        return new RuleSetStartupReassessment(new LiveRuleSet(new RuleSet("v2", null, null, List.of(), NOW)),
                reassessments, rules, CLOCK);
    }

    private void clearedCase(Mrn mrn, String ruleSetVersion) {
        jdbc.sql("""
                insert into clearance_case (mrn, carrier_id, lrn, status, vessel_imo, vessel_name, port_of_call, eta,
                    consignment_count, current_version, registered_at, updated_at)
                values (?, 'ACME', ?, 'ASSESSED', '9839284', 'VESSEL', 'NLRTM', ?, 1, 1, ?, ?)""")
                .params(mrn.value(), mrn.value(), utc(NOW.plus(Duration.ofDays(2))), utc(NOW), utc(NOW)).update();
        jdbc.sql("""
                insert into assessment (mrn, filing_version, rule_set_version, outcome, lane, assessed_at)
                values (?, 1, ?, 'RELEASE', 'GREEN', ?)""").params(mrn.value(), ruleSetVersion, utc(NOW)).update();
    }
}
