package org.portcullis.casework.casefile;


import org.portcullis.casework.cases.CaseSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.model.clearance.CaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The case search's SQL over thirty cases registered a minute apart: newest first, 25 a page. */
class CaseSearchTest {

    private static final Instant FIRST_REGISTERED = Instant.parse("2026-11-01T08:00:00Z");
    private static final int CASES = 30;

    private final JdbcClient jdbc = MigratedDatabase.latest().jdbc();
    private final CaseSearch search = new CaseSearch(jdbc);

    @BeforeEach
    void thirtyCases() {
        for (int i = 0; i < CASES; i++) {
            registered("CASE-%02d".formatted(i), FIRST_REGISTERED.plus(Duration.ofMinutes(i)));
        }
    }

    @Test
    void firstPageHoldsTheNewestCases() {
        CaseSearch.Result result = search.search(null, null, null, 0, 25);

        assertThat(result.page()).isZero();
        assertThat(result.pageCount()).isEqualTo(2);
        assertThat(result.cases()).hasSize(25).first().extracting(CaseSummary::mrn).isEqualTo("CASE-29");
    }

    @Test
    void pagePastTheLastShowsTheLastAsTheInboxDoes() {
        CaseSearch.Result result = search.search(null, null, null, 999, 25);

        assertThat(result.page()).isEqualTo(1);
        assertThat(result.total()).isEqualTo(CASES);
        assertThat(result.cases()).extracting(CaseSummary::mrn)
                .containsExactly("CASE-04", "CASE-03", "CASE-02", "CASE-01", "CASE-00");
    }

    @Test
    void pageBeforeTheFirstShowsTheFirst() {
        assertThat(search.search(null, null, null, -3, 25).cases()).extracting(CaseSummary::mrn)
                .startsWith("CASE-29");
    }

    @Test
    void searchThatFindsNothingIsOneEmptyPage() {
        CaseSearch.Result result = search.search("NO SUCH VESSEL", null, null, 5, 25);

        assertThat(result.page()).isZero();
        assertThat(result.pageCount()).isEqualTo(1);
        assertThat(result.cases()).isEmpty();
    }

    private void registered(String mrn, Instant registeredAt) {
        jdbc.sql("""
                insert into clearance_case (mrn, carrier_id, lrn, status, vessel_imo, vessel_name, port_of_call, eta,
                    consignment_count, current_version, registered_at, updated_at)
                values (?, 'ACME', ?, ?, '9074729', 'VESSEL', 'NLRTM', ?, 1, 1, ?, ?)""")
                .params(mrn, mrn, CaseStatus.REFERRED.name(), utc(registeredAt.plus(Duration.ofDays(3))),
                        utc(registeredAt), utc(registeredAt))
                .update();
        jdbc.sql("""
                insert into filing_version (mrn, version, message_id, message_function, document, received_at)
                values (?, 1, ?, 'ORIGINAL', '{}', ?)""")
                .params(mrn, mrn + "-1", utc(registeredAt)).update();
    }
}
