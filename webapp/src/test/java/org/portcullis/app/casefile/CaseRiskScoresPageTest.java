package org.portcullis.app.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.portcullis.app.web.CaseFileFixtures;
import org.portcullis.app.web.PortcullisWebMvcTest;
import org.portcullis.app.web.WithOfficer;
import org.portcullis.casework.casefile.OfficerCaseFiles;
import org.portcullis.casework.casefile.OfficerCaseSearch;
import org.portcullis.casework.risk.CaseRiskScore;
import org.portcullis.casework.risk.RiskMode;
import org.portcullis.casework.risk.RiskScoresOfCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The case file shows each consignment's risk score with its reasons in words, strongest first. */
@PortcullisWebMvcTest(CaseController.class)
@WithOfficer("clerk")
class CaseRiskScoresPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RiskScoresOfCases scores;

    @MockitoBean
    OfficerCaseFiles views;

    @MockitoBean
    OfficerCaseSearch search;

    @Test
    void theCaseFileShowsTheScoreAndItsReasons() throws Exception {
        when(views.seesFilingsFrom(any())).thenReturn(Optional.of(Instant.EPOCH));
        when(views.find(eq(CaseFileFixtures.MRN), any(), any()))
                .thenReturn(Optional.of(CaseFileFixtures.shown(CaseFileFixtures.referredArmsCase(List.of()))));
        when(scores.of(CaseFileFixtures.MRN)).thenReturn(List.of(new CaseRiskScore("MEDU1234567", "8b5dfbfc8ed3",
                RiskMode.LIVE, 0.83, List.of(
                        new CaseRiskScore.Reason("consignee_first_time", 1.42, "first consignment for the consignee"),
                        new CaseRiskScore.Reason("origin", 0.61, "loaded in BR")),
                Instant.parse("2026-11-29T09:00:00Z"))));

        String page = mvc.perform(get("/cases/" + CaseFileFixtures.MRN)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("id=\"risk-scores\"", "data-consignment=\"MEDU1234567\"", "83 %",
                "first consignment for the consignee (+1.42)", "loaded in BR (+0.61)", "8b5dfbfc8ed3 live");
        assertThat(page.indexOf("first consignment for the consignee")).isLessThan(page.indexOf("loaded in BR"));
    }
}
