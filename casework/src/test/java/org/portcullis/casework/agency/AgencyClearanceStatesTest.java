package org.portcullis.casework.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.casework.ledger.TestLedger;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.model.agency.ClearanceState;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.agency.AgencyAssessor;
import org.portcullis.sharing.config.AgenciesFile;

/**
 * The port call's overall state after each agency's: cleared only when customs and every agency clearing the case
 * have cleared, held as soon as one holds; the case's registration (which decides the agencies) and the states are
 * read together.
 */
class AgencyClearanceStatesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final Mrn MRN = Mrn.issue(2026, CountryCode.of("NL"), 79);

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final AgencyRecords records = new AgencyRecords(database.jdbc(), database.batches());
    private final AgencyClearanceService service = new AgencyClearanceService(
            AgenciesFile.read(Path.of("..", "config", "agencies.yml")),
            new AgenciesProperties(null, "customs"), mock(CaseFileRepository.class), mock(AgencyAssessor.class),
            records, TestLedger.on(database).ledger(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void thePortCallIsClearedOnlyWhenCustomsAndEveryOtherAgencyHaveCleared() {
        aCase();

        assertThat(service.recordState(MRN, "customs", ClearanceState.CLEARED)).isEqualTo(ClearanceState.PENDING);
        assertThat(service.recordState(MRN, "health", ClearanceState.CLEARED)).isEqualTo(ClearanceState.PENDING);
        assertThat(service.recordState(MRN, "maritime", ClearanceState.CLEARED)).isEqualTo(ClearanceState.PENDING);
        assertThat(service.recordState(MRN, "border", ClearanceState.CLEARED)).isEqualTo(ClearanceState.CLEARED);
        assertThat(records.states(MRN)).containsOnlyKeys("customs", "health", "maritime", "border");
    }

    @Test
    void oneAgencyHoldingHoldsThePortCall() {
        aCase();

        assertThat(service.recordState(MRN, "health", ClearanceState.PENDING)).isEqualTo(ClearanceState.PENDING);
        assertThat(service.recordState(MRN, "health", ClearanceState.HELD)).isEqualTo(ClearanceState.HELD);
        assertThat(records.statesWithRegistration(MRN).orElseThrow())
                .isEqualTo(new AgencyRecords.CaseStates(NOW, Map.of("health", ClearanceState.HELD)));
    }

    @Test
    void aPendingAgencyKeepsThePortCallFromBeingCleared() {
        aCase();
        service.recordPending(MRN, "health");

        assertThat(records.states(MRN)).containsExactly(Map.entry("health", ClearanceState.PENDING));
        service.recordState(MRN, "customs", ClearanceState.CLEARED);
        service.recordState(MRN, "maritime", ClearanceState.CLEARED);
        assertThat(service.recordState(MRN, "border", ClearanceState.CLEARED)).isEqualTo(ClearanceState.PENDING);
        assertThat(service.recordState(MRN, "health", ClearanceState.CLEARED)).isEqualTo(ClearanceState.CLEARED);
    }

    @Test
    void aCaseWithoutStatesHasItsRegistrationAndNoStates() {
        aCase();

        assertThat(records.statesWithRegistration(MRN).orElseThrow().registeredAt()).isEqualTo(NOW);
        assertThat(records.statesWithRegistration(MRN).orElseThrow().states()).isEmpty();
    }

    @Test
    void noCaseNoStates() {
        assertThat(records.statesWithRegistration(MRN)).isEmpty();
    }

    private void aCase() {
        database.jdbc().sql("""
                insert into clearance_case (mrn, carrier_id, lrn, status, vessel_imo, vessel_name, port_of_call, eta,
                    consignment_count, current_version, registered_at, updated_at)
                values (?, 'MSC', 'LRN-79', 'ASSESSED', '9074729', 'VESSEL', 'NLRTM', ?, 1, 1, ?, ?)""")
                .params(MRN.value(), NOW.atOffset(ZoneOffset.UTC), NOW.atOffset(ZoneOffset.UTC),
                        NOW.atOffset(ZoneOffset.UTC)).update();
    }
}
