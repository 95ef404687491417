package org.portcullis.app.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.portcullis.app.web.PortcullisWebMvcTest;
import org.portcullis.app.web.WithOfficer;
import org.junit.jupiter.api.BeforeEach;
import org.portcullis.casework.risk.HistorySource;
import org.portcullis.casework.risk.PreparedReport;
import org.portcullis.casework.risk.TradePatternsOfCases;
import org.portcullis.risk.patterns.NewRoute;
import org.portcullis.risk.patterns.TradePatternReport;
import org.portcullis.risk.patterns.ValueOutlier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@PortcullisWebMvcTest(TradePatternsController.class)
@WithOfficer(value = "supervisor", roles = "SUPERVISOR", groups = "supervisors")
class TradePatternsPageTest {

    private static final Instant FILED = Instant.parse("2026-11-20T10:15:00Z");
    private static final TradePatternReport REPORT = new TradePatternReport(FILED.minusSeconds(86_400 * 30), FILED,
            120, 40,
            List.of(new ValueOutlier("26NL0000000000001", "MSCUBL0001", FILED, "Dhaka Knits Ltd", "BD", "6109.10",
                    1.25, 9.8, -4.6)),
            List.of(new NewRoute("26NL0000000000002", "MSCUBL0002", FILED, "Fresh Fruit Imports BV", "BRSSZ",
                    "NLRTM", 7)));

    private static final Instant MADE = Instant.parse("2026-11-29T07:55:00Z");
    private static final Optional<PreparedReport.Snapshot<TradePatternReport>> READY = Optional.of(
            new PreparedReport.Snapshot<>(REPORT, MADE, false, null));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TradePatternsOfCases patterns;

    @BeforeEach
    void interval() {
        when(patterns.interval()).thenReturn(Duration.ofMinutes(5));
    }

    @Test
    void supervisorsSeeValueOutliersAndNewRoutesWithTheirCases() throws Exception {
        when(patterns.forOfficer(any(), eq(HistorySource.STORED))).thenReturn(READY);

        String page = mvc.perform(get("/dashboard/trade-patterns")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("Dhaka Knits Ltd", "6109.10", "1.25", "9.80", "-4.6",
                "href=\"/cases/26NL0000000000001\"", "Fresh Fruit Imports BV", "BRSSZ", "NLRTM",
                "120, of which 40 declared a value", "Figures made at 2026-11-29 07:55", "made again every 5 min");
    }

    @Test
    void theGeneratedHistoryHasNoCasesToLinkTo() throws Exception {
        when(patterns.forOfficer(any(), eq(HistorySource.GENERATED))).thenReturn(READY);

        String page = mvc.perform(get("/dashboard/trade-patterns").param("source", "GENERATED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Dhaka Knits Ltd", "generated history", "they are made once")
                .doesNotContain("href=\"/cases/", "made again every");
    }

    @Test
    void whileTheGeneratedHistoryIsBeingPreparedThePageSaysSoAtOnceWithALinkToLookAgain() throws Exception {
        when(patterns.forOfficer(any(), eq(HistorySource.GENERATED))).thenReturn(Optional.of(
                new PreparedReport.Snapshot<>(null, null, true, null)));

        String page = mvc.perform(get("/dashboard/trade-patterns").param("source", "GENERATED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"report-preparing\"", "being prepared in the background",
                "href=\"/dashboard/trade-patterns?source=GENERATED\"")
                .doesNotContain("id=\"patterns-basis\"", "id=\"no-routes\"");
    }

    @Test
    void anUnknownSourceIsAnsweredWithTheErrorPageNamingTheParameterAndTheValuesItTakes() throws Exception {
        String page = mvc.perform(get("/dashboard/trade-patterns").param("source", "ARCHIVE"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Request not understood",
                "The parameter source cannot be &quot;ARCHIVE&quot;: it takes one of STORED, GENERATED.");
    }

    @Test
    void theSourceIsReadWhateverItsCase() throws Exception {
        when(patterns.forOfficer(any(), eq(HistorySource.GENERATED))).thenReturn(READY);

        mvc.perform(get("/dashboard/trade-patterns").param("source", "generated")).andExpect(status().isOk());
    }

    @Test
    void supervisorsOfAgenciesThatDoNotReadCustomsReasonsAreRefused() throws Exception {
        when(patterns.forOfficer(any(), any())).thenReturn(Optional.empty());

        mvc.perform(get("/dashboard/trade-patterns")).andExpect(status().isForbidden());
    }

    @Test
    @WithOfficer(value = "clerk", roles = "CLERK", groups = "clerks")
    void clerksDoNotSeeTradePatterns() throws Exception {
        mvc.perform(get("/dashboard/trade-patterns")).andExpect(status().isForbidden());
    }
}
