package org.portcullis.casework.rules;

import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleDescription;
import org.portcullis.rules.engine.RuleSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Every rule of the live rule set with its file and how often it raised findings lately. */
@Service
public class RuleCatalogue {

    /** One row of the catalogue. */
    record Entry(RuleDescription rule, int hitsLast7Days, int hitsLast30Days) {
    }

    private final LiveRuleSet liveRuleSet;
    private final JdbcClient jdbc;
    private final Clock clock;

    RuleCatalogue(LiveRuleSet liveRuleSet, JdbcClient jdbc, Clock clock) {
        this.liveRuleSet = liveRuleSet;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public RuleSet ruleSet() {
        return liveRuleSet.current();
    }

    public List<Entry> entries() {
        Instant now = clock.instant();
        Map<String, Integer> week = hitsSince(now.minus(Duration.ofDays(7)));
        Map<String, Integer> month = hitsSince(now.minus(Duration.ofDays(30)));
        return liveRuleSet.current().rules().stream().map(rule -> new Entry(rule, week.getOrDefault(rule.id(), 0),
                month.getOrDefault(rule.id(), 0))).toList();
    }

    private Map<String, Integer> hitsSince(Instant since) {
        Map<String, Integer> hits = new HashMap<>();
        jdbc.sql("""
                select f.rule_id, count(*) from assessment_finding f join assessment a on a.id = f.assessment_id
                where a.assessed_at >= ? group by f.rule_id""")
                .param(utc(since))
                .query(rs -> {
                    hits.put(rs.getString(1), rs.getInt(2));
                });
        return hits;
    }
}
