package org.portcullis.app.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.portcullis.app.web.PortcullisWebMvcTest;
import org.portcullis.app.web.WithOfficer;
import org.portcullis.casework.casefile.CaseRow;
import org.portcullis.casework.casefile.OfficerCaseSearch;
import org.portcullis.model.agency.ClearanceState;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.clearance.CaseStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The case search as CSV: the search's columns and rows as given, cells a spreadsheet would run made inert. */
@PortcullisWebMvcTest(CaseSearchCsvController.class)
@WithOfficer(value = "health", groups = "health-officers")
class CaseSearchCsvControllerTest {

    private static final Instant REGISTERED = Instant.parse("2026-12-05T08:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OfficerCaseSearch search;

    @Test
    void writesTheColumnsTheSearchGivesAndMakesFormulasInert() throws Exception {
        CaseRow row = new CaseRow("26NL0000000000001X", "MSC", "=HYPERLINK(\"http://evil.example\",\"x\")", "9839284",
                "+CMD", "NLRTM", null, CaseStatus.REFERRED, Lane.RED, REGISTERED, null, 2, 1,
                Map.of("health", ClearanceState.HELD));
        when(search.all(any(), eq("aurora"), eq(CaseStatus.REFERRED), isNull())).thenReturn(new OfficerCaseSearch.Found(
                List.of("mrn", "lrn", "vesselName", "crew", "passengers", "portCall", "clearance.health"),
                List.of(row), 0, OfficerCaseSearch.CSV_LIMIT, 1));

        String body = mvc.perform(get("/cases.csv").param("q", "aurora").param("status", "REFERRED")
                        .param("lane", "PURPLE"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"portcullis-cases.csv\""))
                .andReturn().getResponse().getContentAsString();

        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(body)).getRecords();
        assertThat(records.get(0).values()).containsExactly("mrn", "lrn", "vesselName", "crew", "passengers",
                "portCall", "clearance.health");
        assertThat(records.get(1).values()).containsExactly("26NL0000000000001X",
                "'=HYPERLINK(\"http://evil.example\",\"x\")", "'+CMD", "2", "1", "HELD", "HELD");
        assertThat(body).doesNotContain("9839284", "NLRTM", "RED", "MSC");
    }

    @Test
    void aSearchThatFindsMoreThanOneCsvHoldsIsRefusedWithTheCount() throws Exception {
        when(search.all(any(), isNull(), isNull(), isNull())).thenReturn(new OfficerCaseSearch.Found(List.of("mrn"),
                List.of(), 0, OfficerCaseSearch.CSV_LIMIT, 12_345));

        String page = mvc.perform(get("/cases.csv").header("Accept", "text/html"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getErrorMessage();

        assertThat(page).contains("12345 cases", "narrow it");
    }
}
