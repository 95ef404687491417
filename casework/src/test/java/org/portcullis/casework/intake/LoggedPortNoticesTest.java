package org.portcullis.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.casework.cases.ControlRecordRepository;
import org.portcullis.casework.ledger.Ledger;
import org.portcullis.casework.ledger.LedgerEntries;
import org.portcullis.casework.ledger.LedgerSequencer;
import org.portcullis.casework.pcs.PcsFreePratiqueOutbox;
import org.portcullis.casework.pcs.PcsFreePratiqueRelay;
import org.portcullis.casework.pcs.PcsFreePratiqueRepository;
import org.portcullis.casework.pcs.PcsNoticeOutbox;
import org.portcullis.casework.pcs.PcsNoticeRelay;
import org.portcullis.casework.pcs.PcsNoticeRepository;
import org.portcullis.casework.pcs.StoredPcsNotice;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.messaging.pcs.PcsNoticeJson;
import org.portcullis.model.agency.FreePratique;
import org.portcullis.model.intake.FilingIntake;
import org.portcullis.model.pcs.ContainerStatus;
import org.portcullis.model.value.Mrn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every notice to the port community system (a container's status, port health's free pratique) is a leaf of the
 * log with the notice it records, once, never without it.
 */
@SpringJUnitConfig(IntakeFixture.class)
class LoggedPortNoticesTest {

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
    Clock clock;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void eachContainerStatusToldToTheTerminalIsOneLeafWithTheDigestOfTheNoticeAsStored() throws IOException {
        Mrn mrn = registeredCase("p-released");
        PcsNoticeRepository stored = new PcsNoticeRepository(jdbc);
        int before = leafCount();

        inTransaction(() -> terminal(stored).announce(mrn, ContainerStatus.RELEASED));
        inTransaction(() -> terminal(stored).announce(mrn, ContainerStatus.RELEASED));
        sequencer.sequence();

        List<StoredPcsNotice> notices = stored.forCase(mrn.value());
        assertThat(notices).isNotEmpty();
        List<String> leaves = leavesFrom(before);
        assertThat(leaves).as("one leaf per notice; a status told again is no notice").hasSize(notices.size());
        for (StoredPcsNotice notice : notices) {
            assertThat(leaves).filteredOn(leaf -> leaf.contains("\"noticeId\":\"" + notice.noticeId() + "\""))
                    .singleElement().asString().contains("\"kind\":\"PCS_NOTICE_ISSUED\"",
                            "\"type\":\"CONTAINER_STATUS\"", "\"status\":\"RELEASED\"", "\"mrn\":\"" + mrn.value()
                                    + "\"", "\"container\":\"" + notice.containerNumber() + "\"",
                            "\"sha256\":\"" + digest(notice.body()) + "\"");
        }
    }

    @Test
    void aNoticeToTheTerminalWhoseTransactionRollsBackLeavesNoLeaf() throws IOException {
        Mrn mrn = registeredCase("p-rolled-back");
        PcsNoticeRepository stored = new PcsNoticeRepository(jdbc);
        int before = leafCount();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            terminal(stored).announce(mrn, ContainerStatus.HELD);
            status.setRollbackOnly();
        });
        sequencer.sequence();

        assertThat(stored.forCase(mrn.value())).isEmpty();
        assertThat(leavesFrom(before)).isEmpty();
    }

    @Test
    void freePratiqueToldToThePortCommunitySystemIsOneLeaf() throws IOException {
        Mrn mrn = registeredCase("p-pratique");
        PcsFreePratiqueRepository stored = new PcsFreePratiqueRepository(jdbc);
        int before = leafCount();

        inTransaction(() -> new PcsFreePratiqueOutbox(stored, cases, json(), mock(PcsFreePratiqueRelay.class), ledger,
                clock).announce(mrn, FreePratique.GRANTED_WITH_CONDITIONS));
        sequencer.sequence();

        PcsFreePratiqueRepository.Stored notice = stored.forCase(mrn.value()).get(0);
        assertThat(leavesFrom(before)).singleElement().asString().contains("\"kind\":\"PCS_NOTICE_ISSUED\"",
                "\"type\":\"FREE_PRATIQUE\"", "\"status\":\"GRANTED_WITH_CONDITIONS\"",
                "\"noticeId\":\"" + notice.noticeId() + "\"", "\"sha256\":\"" + digest(notice.body()) + "\"");
        assertThat(jdbc.sql("select count(*) from ledger_leaf where ref = ?")
                .param(LedgerEntries.pcsNoticeRef(notice.noticeId())).query(Integer.class).single()).isOne();
    }

    private PcsNoticeOutbox terminal(PcsNoticeRepository stored) {
        return new PcsNoticeOutbox(stored, cases, new ControlRecordRepository(jdbc, ledger), json(),
                mock(PcsNoticeRelay.class), ledger, clock);
    }

    private static PcsNoticeJson json() {
        return new PcsNoticeJson(FilingJson.objectMapper());
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
    }

    private static String digest(String body) {
        return LedgerEntries.sha256(body.getBytes(StandardCharsets.UTF_8));
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
