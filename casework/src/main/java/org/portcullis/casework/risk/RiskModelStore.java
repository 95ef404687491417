package org.portcullis.casework.risk;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portcullis.risk.RiskAnalysis;
import org.portcullis.risk.backtest.Strategy;
import org.portcullis.risk.backtest.StrategyResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The models trained (each with its backtest) and the activations that say which one serves, and how. */
@Repository
class RiskModelStore {

    private final JdbcClient jdbc;

    RiskModelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a trained model as a draft, once (the same content is the same version). */
    void save(RiskAnalysis.TrainingRun run, byte[] artifact, String by, HistorySource source, Instant at) {
        String version = run.model().version();
        if (exists(version)) {
            return;
        }
        StrategyResult model = run.backtest().result(Strategy.MODEL);
        StrategyResult rules = run.backtest().result(Strategy.RULES);
        var meta = run.model().metadata();
        jdbc.sql("""
                insert into risk_model (version, artifact, trained_at, trained_by, history_source, window_from,
                    window_to, inspected, findings, capacity, model_hit_rate, rules_hit_rate, model_recall,
                    rules_recall, model_auc, rules_auc, backtest)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(version, artifact, utc(at), by, source.name(), utc(meta.windowFrom()), utc(meta.windowTo()),
                        meta.inspected(), meta.findings(), run.backtest().capacity(), hitRate(model), hitRate(rules),
                        recall(model, run), recall(rules, run), auc(model), auc(rules), run.backtest().table())
                .update();
    }

    boolean exists(String version) {
        return jdbc.sql("select count(*) from risk_model where version = ?").param(version).query(Integer.class)
                .single() > 0;
    }

    byte[] artifact(String version) {
        return jdbc.sql("select artifact from risk_model where version = ?").param(version).query(byte[].class)
                .single();
    }

    void activate(String version, RiskMode mode, String by, Instant at) {
        jdbc.sql("insert into risk_model_activation (version, mode, activated_at, activated_by) values (?, ?, ?, ?)")
                .params(version, mode.name(), utc(at), by).update();
    }

    /** The latest activations, latest first. */
    List<ModelActivation> activations(int limit) {
        return jdbc.sql("select id, version, mode, activated_at, activated_by from risk_model_activation"
                + " order by id desc limit " + limit).query(RiskModelStore::activation).list();
    }

    Optional<ModelActivation> current() {
        return activations(1).stream().findFirst();
    }

    /** Every model, latest first, with where it stands now. */
    List<StoredModel> models() {
        Optional<ModelActivation> current = current();
        Set<String> everServed = new HashSet<>(jdbc.sql(
                "select distinct version from risk_model_activation where version is not null").query(String.class)
                .list());
        return jdbc.sql("select * from risk_model order by trained_at desc, version").query((rs, row) -> {
            String version = rs.getString("version");
            ModelStatus status = current.filter(a -> version.equals(a.version()))
                    .map(a -> a.mode() == RiskMode.LIVE ? ModelStatus.LIVE : ModelStatus.SHADOW)
                    .orElse(everServed.contains(version) ? ModelStatus.RETIRED : ModelStatus.DRAFT);
            return new StoredModel(version, status, instant(rs, "trained_at"), rs.getString("trained_by"),
                    HistorySource.valueOf(rs.getString("history_source")), instant(rs, "window_from"),
                    instant(rs, "window_to"), rs.getInt("inspected"), rs.getInt("findings"), rs.getInt("capacity"),
                    rs.getDouble("model_hit_rate"), rs.getDouble("rules_hit_rate"), rs.getDouble("model_recall"),
                    rs.getDouble("rules_recall"), rs.getDouble("model_auc"), rs.getDouble("rules_auc"),
                    rs.getString("backtest"));
        }).list();
    }

    private static ModelActivation activation(ResultSet rs, int row) throws SQLException {
        return new ModelActivation(rs.getLong("id"), rs.getString("version"), RiskMode.valueOf(rs.getString("mode")),
                instant(rs, "activated_at"), rs.getString("activated_by"));
    }

    // Generated history knows what every consignment held (true figures); stored history only what inspections found
    // (figures estimated by inverse propensity weighting).
    private static double hitRate(StrategyResult result) {
        return finite(Double.isNaN(result.hitRate()) ? result.estimatedHitRate() : result.hitRate());
    }

    private static double recall(StrategyResult result, RiskAnalysis.TrainingRun run) {
        double findable = run.backtest().findable();
        double caught = Double.isNaN(result.caught()) ? result.estimatedCaught() : result.caught();
        return findable > 0 ? finite(caught / findable) : 0;
    }

    private static double auc(StrategyResult result) {
        return finite(Double.isNaN(result.auc()) ? result.estimatedAuc() : result.auc());
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }
}
