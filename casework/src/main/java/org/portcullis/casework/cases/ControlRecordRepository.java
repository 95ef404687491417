package org.portcullis.casework.cases;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.portcullis.casework.ledger.Ledger;
import org.portcullis.casework.ledger.LedgerEntries;
import org.portcullis.model.clearance.ControlRecords;
import org.portcullis.model.clearance.InspectionOrder;
import org.portcullis.model.clearance.InspectionResult;
import org.portcullis.model.clearance.InspectionVerdict;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inspections and answers to requests for information, on the case file. */
@Repository
public class ControlRecordRepository implements ControlRecords {

    private final JdbcClient jdbc;
    private final Ledger ledger;

    public ControlRecordRepository(JdbcClient jdbc, Ledger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    @Override
    public void recordInspectionOrder(InspectionOrder order) {
        jdbc.sql("""
                insert into inspection (mrn, place, scheduled_for, inspector, scheduled_by, scheduled_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(order.mrn().value(), order.place(), utc(order.scheduledFor()), order.inspector(),
                        order.scheduledBy(), utc(order.scheduledAt()))
                .update();
        ledger.record(LedgerEntries.inspectionOrdered(order), null);
    }

    /** The result goes to the latest inspection of the case still without one. */
    @Override
    public void recordInspectionResult(InspectionResult result) {
        int updated = jdbc.sql("""
                update inspection set verdict = ?, details = ?, carrier_message = ?, recorded_by = ?, recorded_at = ?
                where id = (select max(id) from inspection where mrn = ? and verdict is null)""")
                .params(result.verdict().name(), result.details(), result.carrierMessage(), result.officer(),
                        utc(result.recordedAt()), result.mrn().value())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("no inspection of " + result.mrn() + " waits for its result");
        }
        ledger.record(LedgerEntries.inspectionResult(result), null);
    }

    @Override
    public void recordInformationAnswer(Mrn mrn, String answer, Instant receivedAt) {
        jdbc.sql("insert into information_answer (mrn, answer, received_at) values (?, ?, ?)")
                .params(mrn.value(), answer, utc(receivedAt)).update();
    }

    public List<CaseInspection> inspections(Mrn mrn) {
        return jdbc.sql("select * from inspection where mrn = ? order by id").param(mrn.value())
                .query(ControlRecordRepository::inspection).list();
    }

    public Optional<CaseInspection> latestInspection(Mrn mrn) {
        List<CaseInspection> all = inspections(mrn);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    public List<InformationAnswer> answers(Mrn mrn) {
        return jdbc.sql("select answer, received_at from information_answer where mrn = ? order by id")
                .param(mrn.value())
                .query((rs, row) -> new InformationAnswer(rs.getString("answer"), instant(rs, "received_at"))).list();
    }

    private static CaseInspection inspection(ResultSet rs, int row) throws SQLException {
        String verdict = rs.getString("verdict");
        return new CaseInspection(rs.getString("place"), instant(rs, "scheduled_for"), rs.getString("inspector"),
                rs.getString("scheduled_by"), instant(rs, "scheduled_at"),
                verdict == null ? null : InspectionVerdict.valueOf(verdict), rs.getString("details"),
                rs.getString("carrier_message"), rs.getString("recorded_by"), instant(rs, "recorded_at"));
    }
}
