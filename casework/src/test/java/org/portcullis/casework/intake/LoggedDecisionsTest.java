package org.portcullis.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.casework.cases.ControlRecordRepository;
import org.portcullis.casework.ledger.Ledger;
import org.portcullis.casework.ledger.LedgerEntries;
import org.portcullis.casework.ledger.LedgerSequencer;
import org.portcullis.model.clearance.InspectionOrder;
import org.portcullis.model.clearance.InspectionResult;
import org.portcullis.model.clearance.InspectionVerdict;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.intake.FilingIntake;
import org.portcullis.model.value.Mrn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An officer's decision (an inspection's order and result too) is a leaf of the log with what it records, never
 * without it.
 */
@SpringJUnitConfig(IntakeFixture.class)
class LoggedDecisionsTest {

    @Autowired
    FilingIntake intake;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    LedgerSequencer sequencer;
    @Autowired
    Ledger ledger;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aDecisionIsLoggedWithWhoDecidedWhatAndTheDigestOfTheReasonNotItsText() throws IOException {
        Mrn mrn = registeredCase("m-decided");
        OfficerDecision decision = new OfficerDecision(mrn, ReferralDecision.RELEASE, "documents in order",
                "clerk1", Instant.parse("2026-12-01T09:00:00Z"));
        int before = leafCount();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> cases.recordDecision(decision));
        sequencer.sequence();

        List<String> leaves = leavesFrom(before);
        assertThat(leaves).hasSize(1);
        assertThat(leaves.get(0)).contains("\"kind\":\"OFFICER_DECISION\"", "\"mrn\":\"" + mrn.value() + "\"",
                "\"decision\":\"RELEASE\"", "\"officer\":\"clerk1\"",
                "\"reasonSha256\":\"" + LedgerEntries.sha256("documents in order".getBytes()) + "\"")
                .doesNotContain("documents in order");
    }

    @Test
    void aDecisionWhoseTransactionRollsBackLeavesNoLeaf() throws IOException {
        Mrn mrn = registeredCase("m-undecided");
        int before = leafCount();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            cases.recordDecision(new OfficerDecision(mrn, ReferralDecision.HOLD, "suspect seal", "clerk2",
                    Instant.parse("2026-12-01T09:00:00Z")));
            status.setRollbackOnly();
        });
        sequencer.sequence();

        assertThat(leavesFrom(before)).isEmpty();
        assertThat(jdbc.sql("select count(*) from officer_decision where mrn = ?").param(mrn.value())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anInspectionResultIsLoggedAsTheInspectingOfficersDecision() throws IOException {
        Mrn mrn = registeredCase("m-inspected");
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        ControlRecordRepository controls = new ControlRecordRepository(jdbc, ledger);
        int before = leafCount();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            controls.recordInspectionOrder(new InspectionOrder(mrn, "Scanner ECT Delta", at, "insp1", "clerk1", at));
            controls.recordInspectionResult(new InspectionResult(mrn, InspectionVerdict.IRREGULARITY_HOLD,
                    "undeclared goods in the second row", "insp1", at.plusSeconds(3600)));
        });
        sequencer.sequence();

        List<String> leaves = leavesFrom(before);
        assertThat(leaves).hasSize(2);
        assertThat(leaves.get(0)).contains("\"kind\":\"INSPECTION_ORDERED\"");
        assertThat(leaves.get(1)).contains("\"kind\":\"OFFICER_DECISION\"",
                "\"decision\":\"INSPECTION_IRREGULARITY_HOLD\"", "\"officer\":\"insp1\"")
                .doesNotContain("undeclared goods");
    }

    @Test
    void anInspectionOrderIsLoggedWithWhoOrderedItTheInspectorAndWhenThePlaceAsItsDigest() throws IOException {
        Mrn mrn = registeredCase("m-ordered");
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        ControlRecordRepository controls = new ControlRecordRepository(jdbc, ledger);
        int before = leafCount();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> controls.recordInspectionOrder(
                new InspectionOrder(mrn, "Scanner ECT Delta", at.plusSeconds(7200), "insp1", "clerk1", at)));
        sequencer.sequence();

        assertThat(leavesFrom(before)).singleElement().asString().contains("\"kind\":\"INSPECTION_ORDERED\"",
                "\"mrn\":\"" + mrn.value() + "\"", "\"officer\":\"clerk1\"", "\"inspector\":\"insp1\"",
                "\"scheduledFor\":\"2026-12-01T12:00:00Z\"", "\"at\":\"2026-12-01T10:00:00Z\"",
                "\"placeSha256\":\"" + LedgerEntries.sha256("Scanner ECT Delta".getBytes()) + "\"")
                .doesNotContain("Scanner");
    }

    @Test
    void anInspectionOrderWhoseTransactionRollsBackLeavesNoLeaf() throws IOException {
        Mrn mrn = registeredCase("m-unordered");
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        ControlRecordRepository controls = new ControlRecordRepository(jdbc, ledger);
        int before = leafCount();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            controls.recordInspectionOrder(new InspectionOrder(mrn, "Quay 4", at, "insp1", "clerk1", at));
            status.setRollbackOnly();
        });
        sequencer.sequence();

        assertThat(leavesFrom(before)).isEmpty();
        assertThat(controls.inspections(mrn)).isEmpty();
    }

    private Mrn registeredCase(String messageId) throws IOException {
        return LoggedCases.registeredCase(intake, sequencer, messageId);
    }

    private int leafCount() {
        return LoggedCases.leafCount(jdbc);
    }

    private List<String> leavesFrom(int index) {
        return LoggedCases.leavesFrom(jdbc, index);
    }
}
