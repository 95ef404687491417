package org.portcullis.casework.risk;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.portcullis.model.risk.RiskScore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every score given to a consignment, with its reasons as lines of "feature TAB contribution TAB text". */
@Repository
class RiskScoreRepository {

    private static final int REASONS_LENGTH = 2000;

    private final JdbcClient jdbc;

    RiskScoreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String mrn, RiskScore score, RiskMode mode, Instant at) {
        String reasons = score.reasons().stream().map(r -> String.format(Locale.ROOT, "%s\t%.4f\t%s", r.feature(),
                r.contribution(), r.text().replace('\t', ' ').replace('\n', ' '))).collect(Collectors.joining("\n"));
        jdbc.sql("""
                insert into risk_score (mrn, transport_document_number, model_version, mode, score, reasons, scored_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(mrn, score.consignment(), score.modelVersion(), mode.name(), score.score(),
                        reasons.length() > REASONS_LENGTH ? reasons.substring(0, REASONS_LENGTH) : reasons, utc(at))
                .update();
    }

    /** The latest score of each consignment of the case, in the order they were scored. */
    List<CaseRiskScore> latest(String mrn) {
        return jdbc.sql("""
                select s.* from risk_score s where s.mrn = ? and s.id = (select max(s2.id) from risk_score s2
                    where s2.mrn = s.mrn and s2.transport_document_number = s.transport_document_number)
                order by s.id""").param(mrn).query((rs, row) -> new CaseRiskScore(
                        rs.getString("transport_document_number"), rs.getString("model_version"),
                        RiskMode.valueOf(rs.getString("mode")), rs.getDouble("score"), reasons(rs.getString("reasons")),
                        instant(rs, "scored_at"))).list();
    }

    private static List<CaseRiskScore.Reason> reasons(String lines) {
        List<CaseRiskScore.Reason> reasons = new ArrayList<>();
        for (String line : lines.split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                reasons.add(new CaseRiskScore.Reason(parts[0], Double.parseDouble(parts[1]), parts[2]));
            }
        }
        return reasons;
    }
}
