package org.portcullis.casework.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.casework.ledger.LedgerEntries;
import org.portcullis.casework.ledger.TestLedger;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.agency.AgencyAssessor;
import org.portcullis.sharing.config.AgenciesFile;

/** An agency's officer's decision is a leaf of the log (OFFICER_DECISION with the agency), never without it. */
class AgencyDecisionLoggedTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final Mrn MRN = Mrn.issue(2026, CountryCode.of("NL"), 77);

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final TestLedger log = TestLedger.on(database);
    private final AgencyClearanceService service = new AgencyClearanceService(
            AgenciesFile.read(Path.of("..", "config", "agencies.yml")),
            new AgenciesProperties(null, "customs"), mock(CaseFileRepository.class), mock(AgencyAssessor.class),
            new AgencyRecords(database.jdbc(), database.batches()), log.ledger(), Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void aCase() {
        database.jdbc().sql("""
                insert into clearance_case (mrn, carrier_id, lrn, status, vessel_imo, vessel_name, port_of_call, eta,
                    consignment_count, current_version, registered_at, updated_at)
                values (?, 'MSC', 'LRN-77', 'REFERRED', '9074729', 'VESSEL', 'NLRTM', ?, 1, 1, ?, ?)""")
                .params(MRN.value(), NOW.atOffset(ZoneOffset.UTC), NOW.atOffset(ZoneOffset.UTC),
                        NOW.atOffset(ZoneOffset.UTC)).update();
    }

    @Test
    void aDecisionOfPortHealthIsLoggedOnceWithTheAgencyTheOfficerAndTheReasonsDigest() {
        database.transactions().executeWithoutResult(status -> service.recordDecision(MRN, "health",
                ReferralDecision.RELEASE, "deaths explained by the ship's doctor", "health1", NOW));

        assertThat(decisionLeaves()).singleElement().asString().contains("\"kind\":\"OFFICER_DECISION\"",
                "\"agency\":\"health\"", "\"mrn\":\"" + MRN.value() + "\"", "\"decision\":\"RELEASE\"",
                "\"officer\":\"health1\"", "\"reasonSha256\":\"" + LedgerEntries.sha256(
                        "deaths explained by the ship's doctor".getBytes(StandardCharsets.UTF_8)) + "\"")
                .doesNotContain("doctor");
    }

    @Test
    void aDecisionWhoseTransactionRollsBackLeavesNoLeaf() {
        database.transactions().executeWithoutResult(status -> {
            service.recordDecision(MRN, "border", ReferralDecision.HOLD, "document doubts", "border1", NOW);
            status.setRollbackOnly();
        });

        assertThat(decisionLeaves()).isEmpty();
        assertThat(database.jdbc().sql("select count(*) from agency_decision").query(Integer.class).single()).isZero();
    }

    private List<String> decisionLeaves() {
        return log.leavesOfKind("OFFICER_DECISION");
    }
}
