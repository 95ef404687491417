package org.portcullis.casework.rules;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.portcullis.rules.engine.RuleProblem;
import org.portcullis.rules.engine.RuleSet;
import org.portcullis.rules.engine.RuleSources;
import org.portcullis.casework.ledger.Ledger;
import org.portcullis.casework.ledger.LedgerEntries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The rule set versions in the database: their files, when each went live, and the rule sets refused. */
@Repository
public class RuleSetVersions {

    /**
     * A version set live from an instant, by whom, from where, why (the change note; null for versions from before
     * notes were kept) and over how many failing scenarios (null when not counted).
     */
    public record Activation(long id, String version, Instant liveFrom, String activatedBy, String source,
            int ruleCount, String note, Integer failingScenarios) {
    }

    /** A rule set that was refused, with its problems as "file:line message" lines. */
    public record Rejection(String version, String source, Instant attemptedAt, List<String> problems) {
    }

    private final JdbcClient jdbc;
    private final Ledger ledger;

    public RuleSetVersions(JdbcClient jdbc, Ledger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** Stores the version's files (once) and announces it live from the given instant, with why. */
    @Transactional
    public void activate(RuleSet ruleSet, RuleSources sources, Instant liveFrom, String by, String source,
            String note, int failingScenarios) {
        boolean known = jdbc.sql("select count(*) from rule_set_version where version = ?").param(ruleSet.version())
                .query(Integer.class).single() > 0;
        if (!known) {
            jdbc.sql("""
                    insert into rule_set_version (version, files, rule_count, compiled_at, published_by)
                    values (?, ?, ?, ?, ?)""")
                    .params(ruleSet.version(), RuleSetArchive.zip(sources), ruleSet.rules().size(),
                            utc(ruleSet.compiledAt()), by)
                    .update();
        }
        jdbc.sql("""
                insert into rule_set_activation (version, live_from, activated_by, source, note, failing_scenarios)
                values (?, ?, ?, ?, ?, ?)""")
                .params(ruleSet.version(), utc(liveFrom), by, source, note, failingScenarios).update();
        ledger.record(LedgerEntries.ruleSetLive(ruleSet.version(), liveFrom, by, source,
                archive(ruleSet.version())), null);
    }

    /** The latest activation, whether it is live already or announced for a moment to come. */
    public Optional<Activation> latest() {
        return activations(1).stream().findFirst();
    }

    /** The activation serving at the instant: the latest whose live_from has passed. */
    public Optional<Activation> liveAt(Instant now) {
        return jdbc.sql(ACTIVATIONS + " where a.live_from <= ? order by a.live_from desc, a.id desc limit 1")
                .param(utc(now)).query(RuleSetVersions::activation).optional();
    }

    public List<Activation> activations(int limit) {
        return jdbc.sql(ACTIVATIONS + " order by a.live_from desc, a.id desc limit " + limit)
                .query(RuleSetVersions::activation).list();
    }

    /** Whether a version was ever stored (went live). */
    public boolean known(String version) {
        return jdbc.sql("select count(*) from rule_set_version where version = ?").param(version)
                .query(Integer.class).single() > 0;
    }

    public RuleSources files(String version) {
        return RuleSetArchive.unzip(archive(version));
    }

    /** The version's files as stored: the zip whose SHA-256 the log records. */
    private byte[] archive(String version) {
        return jdbc.sql("select files from rule_set_version where version = ?").param(version)
                .query(byte[].class).single();
    }

    public void reject(String version, String source, Instant at, List<RuleProblem> problems) {
        jdbc.sql("insert into rule_set_rejection (version, source, attempted_at, problems) values (?, ?, ?, ?)")
                .params(version, source, utc(at), problems.stream().map(RuleProblem::toString)
                        .collect(Collectors.joining("\n")))
                .update();
    }

    public List<Rejection> rejections(int limit) {
        return jdbc.sql("select * from rule_set_rejection order by id desc limit " + limit)
                .query((rs, row) -> new Rejection(rs.getString("version"), rs.getString("source"),
                        instant(rs, "attempted_at"), rs.getString("problems").lines().toList()))
                .list();
    }

    private static final String ACTIVATIONS = """
            select a.id, a.version, a.live_from, a.activated_by, a.source, a.note, a.failing_scenarios, v.rule_count
            from rule_set_activation a join rule_set_version v on v.version = a.version""";

    private static Activation activation(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Activation(rs.getLong("id"), rs.getString("version"), instant(rs, "live_from"),
                rs.getString("activated_by"), rs.getString("source"), rs.getInt("rule_count"), rs.getString("note"),
                rs.getObject("failing_scenarios") == null ? null : rs.getInt("failing_scenarios"));
    }
}
