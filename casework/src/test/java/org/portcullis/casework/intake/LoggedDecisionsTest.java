package org.portcullis.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.Samples;
import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.casework.cases.ControlRecordRepository;
import org.portcullis.casework.ledger.Ledger;
import org.portcullis.casework.ledger.LedgerEntries;
import org.portcullis.casework.ledger.LedgerSequencer;
import org.portcullis.messaging.inbound.FilingReaders;
import org.portcullis.model.clearance.InspectionOrder;
import org.portcullis.model.clearance.InspectionResult;
import org.portcullis.model.clearance.InspectionVerdict;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.intake.Channel;
import org.portcullis.model.intake.FilingIntake;
import org.portcullis.model.intake.InboundMessage;
import org.portcullis.model.value.Mrn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** An officer's decision (an inspection's result too) is a leaf of the log with what it records, never without it. */
@SpringJUnitConfig(IntakeFixture.class)
class LoggedDecisionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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

        assertThat(leavesFrom(before)).singleElement().asString().contains("\"kind\":\"OFFICER_DECISION\"",
                "\"decision\":\"INSPECTION_IRREGULARITY_HOLD\"", "\"officer\":\"insp1\"")
                .doesNotContain("undeclared goods");
    }

    private Mrn registeredCase(String messageId) throws IOException {
        ObjectNode filing = (ObjectNode) JSON.readTree(
                Files.readString(Samples.DIRECTORY.resolve("filing-green.json")));
        ((ObjectNode) filing.get("header")).put("lrn", "LRN-" + messageId);
        byte[] body = JSON.writeValueAsBytes(filing);
        InboundMessage message = new InboundMessage(messageId, "ACME", "application/json", Channel.QUEUE, body,
                Instant.parse("2026-11-29T10:00:00Z"));
        Mrn mrn = intake.receive(message, FilingReaders.standard().read("application/json", body)).mrn();
        sequencer.sequence();
        return mrn;
    }

    private int leafCount() {
        return jdbc.sql("select count(*) from ledger_leaf").query(Integer.class).single();
    }

    private List<String> leavesFrom(int index) {
        return jdbc.sql("select leaf_data from ledger_leaf where leaf_index >= ? order by leaf_index").param(index)
                .query(String.class).list();
    }
}
