package org.portcullis.casework.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.agency.AgencyRecords;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.model.agency.ClearanceState;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.sharing.agency.Agencies;
import org.portcullis.sharing.config.AgenciesFile;
import org.portcullis.sharing.field.FilingFields;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case search as each demo agency's officer gets it (page and CSV take these rows): only cases its agreement sees,
 * in each row only what the agreement gives, and every agency's state.
 */
class OfficerCaseSearchTest {

    /** After the day the demo's port health, maritime authority and border police joined (2026-12-01). */
    private static final Instant AFTER_JOINING = Instant.parse("2026-12-05T08:00:00Z");
    private static final Instant BEFORE_JOINING = Instant.parse("2026-11-20T08:00:00Z");
    private static final Agencies DEMO = AgenciesFile.read(Path.of("..", "config", "agencies.yml"));

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final JdbcClient jdbc = database.jdbc();

    @BeforeEach
    void twoPortCalls() {
        registered("26NL0000000000002A", "LRN-NEW", "NEW VESSEL", AFTER_JOINING, 2, 1);
        registered("26NL0000000000001A", "LRN-OLD", "OLD VESSEL", BEFORE_JOINING, 1, 0);
        jdbc.sql("insert into agency_clearance (mrn, agency, state, updated_at) values (?, ?, ?, ?), (?, ?, ?, ?)")
                .params("26NL0000000000002A", "customs", "CLEARED", utc(AFTER_JOINING),
                        "26NL0000000000002A", "health", "HELD", utc(AFTER_JOINING)).update();
    }

    @Test
    void customsSeesEveryColumnAndEveryCase() {
        OfficerCaseSearch.Found found = search(DEMO).all(Set.of("clerks"), null, null, null);

        assertThat(found.columns()).containsExactly("mrn", "carrier", "lrn", "vesselImo", "vesselName", "portOfCall",
                "eta", "registeredAt", "status", "lane", "consignments", "crew", "passengers", "portCall",
                "clearance.customs", "clearance.health", "clearance.maritime", "clearance.border");
        assertThat(found.cases()).extracting(CaseRow::mrn).containsExactly("26NL0000000000002A", "26NL0000000000001A");
        CaseRow row = found.cases().get(0);
        assertThat(row.consignments()).isEqualTo(3);
        assertThat(row.crew()).isEqualTo(2);
        assertThat(row.passengers()).isEqualTo(1);
        assertThat(row.portCallState()).isEqualTo(ClearanceState.HELD);
        assertThat(CaseColumns.cells(row)).containsEntry("clearance.health", "HELD")
                .containsEntry("clearance.customs", "CLEARED").containsEntry("eta", "2026-12-08T08:00:00Z");
    }

    @Test
    void portHealthGetsTheListsCountsButNoConsignmentsAndNoCaseFromBeforeItJoined() {
        OfficerCaseSearch.Found found = search(DEMO).all(Set.of("health-officers"), null, null, null);

        assertThat(found.columns()).contains("vesselName", "crew", "passengers").doesNotContain("consignments");
        assertThat(found.cases()).extracting(CaseRow::mrn).containsExactly("26NL0000000000002A");
        assertThat(found.total()).isEqualTo(1);
        CaseRow row = found.cases().get(0);
        assertThat(row.consignments()).isNull();
        assertThat(CaseColumns.cells(row)).doesNotContainKey("consignments").containsEntry("crew", "2")
                .containsEntry("clearance.health", "HELD");
    }

    @Test
    void theMaritimeAuthorityGetsConsignmentsButNoPersonsCounts() {
        OfficerCaseSearch.Found found = search(DEMO).all(Set.of("harbour-supervisors", "harbour-officers"), null, null,
                null);

        assertThat(found.columns()).contains("consignments").doesNotContain("crew", "passengers");
        assertThat(CaseColumns.cells(found.cases().get(0))).containsEntry("consignments", "3")
                .doesNotContainKeys("crew", "passengers");
    }

    @Test
    void anOfficerInTwoAgenciesGetsTheUnionAndTheCasesEitherSees() {
        OfficerCaseSearch.Found found = search(DEMO).all(Set.of("health-officers", "harbour-officers"), null, null,
                null);

        assertThat(found.columns()).contains("consignments", "crew", "passengers");
        assertThat(CaseColumns.cells(found.cases().get(0))).containsEntry("consignments", "3")
                .containsEntry("crew", "2");

        OfficerCaseSearch.Found withCustoms = search(DEMO).all(Set.of("health-officers", "clerks"), null, null, null);
        assertThat(withCustoms.cases()).extracting(CaseRow::mrn).hasSize(2);
    }

    @Test
    void anAgreementWithoutTheVesselGetsNeitherItsValuesNorItsColumns() {
        Agencies pilots = new AgenciesFile(FilingFields.published()).parse("""
                agencies:
                  - id: pilots
                    name: Pilotage
                    officers: [pilots]
                    agreement:
                      legalBasis: A law
                      retention: P1Y
                      filingsFrom: all
                      sees: [/portCall/eta]
                """, "agencies.yml");

        OfficerCaseSearch.Found found = search(pilots).all(Set.of("pilots"), null, null, null);

        assertThat(found.columns()).containsExactly("mrn", "carrier", "eta", "registeredAt", "status", "lane",
                "portCall", "clearance.pilots");
        CaseRow row = found.cases().get(0);
        assertThat(row.vesselName()).isNull();
        assertThat(row.lrn()).isNull();
        assertThat(row.portOfCall()).isNull();
        assertThat(CaseColumns.cells(row).values()).doesNotContain("NEW VESSEL", "LRN-NEW", "9074729", "NLRTM");
        assertThat(search(pilots).all(Set.of("pilots"), "new vessel", null, null).cases())
                .as("not found by a field its row does not show").isEmpty();
        assertThat(search(pilots).all(Set.of("pilots"), "lrn-new", null, null).cases()).isEmpty();
        assertThat(search(pilots).all(Set.of("pilots"), "26NL0000000000002A", null, null).cases()).hasSize(1);
        assertThat(search(DEMO).all(Set.of("health-officers"), "lrn-new", null, null).cases()).hasSize(1);
    }

    @Test
    void anOfficerInNoAgencyFindsNothing() {
        OfficerCaseSearch.Found found = search(DEMO).page(Set.of("admins"), null, null, null, 0, 25);

        assertThat(found.cases()).isEmpty();
        assertThat(found.total()).isZero();
    }

    @Test
    void thePageIsTheSameRowsAsTheCsvOnePageAtATime() {
        OfficerCaseSearch.Found page = search(DEMO).page(Set.of("border-officers"), "new vessel",
                CaseStatus.REFERRED, null, 0, 25);

        assertThat(page.cases()).singleElement().satisfies(row -> {
            assertThat(row.crew()).isEqualTo(2);
            assertThat(row.consignments()).isEqualTo(3);
        });
        assertThat(page.cases()).isEqualTo(search(DEMO).all(Set.of("border-officers"), "new vessel",
                CaseStatus.REFERRED, null).cases());
    }

    private OfficerCaseSearch search(Agencies agencies) {
        return new OfficerCaseSearch(new CaseSearch(jdbc), agencies,
                new AgencyRecords(jdbc, new JdbcTemplate(database.dataSource())), jdbc);
    }

    private void registered(String mrn, String lrn, String vessel, Instant registeredAt, int crew, int passengers) {
        jdbc.sql("""
                insert into clearance_case (mrn, carrier_id, lrn, status, vessel_imo, vessel_name, port_of_call, eta,
                    consignment_count, current_version, registered_at, updated_at)
                values (?, 'ACME', ?, ?, '9074729', ?, 'NLRTM', ?, 3, 2, ?, ?)""")
                .params(mrn, lrn, CaseStatus.REFERRED.name(), vessel, utc(registeredAt.plus(Duration.ofDays(3))),
                        utc(registeredAt), utc(registeredAt))
                .update();
        for (int version = 1; version <= 2; version++) {
            jdbc.sql("""
                    insert into filing_version (mrn, version, message_id, message_function, document, received_at)
                    values (?, ?, ?, 'ORIGINAL', '{}', ?)""")
                    .params(mrn, version, mrn + "-" + version, utc(registeredAt)).update();
        }
        List<String> roles = new java.util.ArrayList<>();
        for (int i = 0; i < crew; i++) {
            roles.add("CREW");
        }
        for (int i = 0; i < passengers; i++) {
            roles.add("PASSENGER");
        }
        for (int position = 0; position < roles.size(); position++) {
            // version 1 listed one person more: only the current version counts
            for (int version = 1; version <= 2; version++) {
                person(mrn, version, position, roles.get(position));
            }
        }
        person(mrn, 1, roles.size(), "CREW");
    }

    private void person(String mrn, int version, int position, String role) {
        jdbc.sql("""
                insert into filing_person (mrn, version, position, role, family_name, name_words_key)
                values (?, ?, ?, ?, 'PERSON', 'PERSON')""").params(mrn, version, position, role).update();
    }
}
