package org.portcullis.app.dashboard;

import org.portcullis.casework.dashboard.DashboardFigures;
import org.portcullis.casework.dashboard.Dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.dashboard.DashboardFigures.ClearedBeforeArrival;
import org.portcullis.casework.dashboard.DashboardFigures.Count;
import org.portcullis.casework.dashboard.DashboardFigures.DecisionTime;
import org.portcullis.casework.dashboard.DashboardFigures.RuleHit;
import org.portcullis.casework.dashboard.DashboardFigures.RuleInspections;
import org.portcullis.app.web.PortcullisWebMvcTest;
import org.portcullis.app.web.WithOfficer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@PortcullisWebMvcTest(DashboardController.class)
@Import(DashboardCharts.class)
@WithOfficer(value = "supervisor", roles = "SUPERVISOR", groups = "supervisors")
class DashboardControllerTest {

    static final DashboardFigures FIGURES = new DashboardFigures(Instant.parse("2026-10-30T10:00:00Z"),
            Instant.parse("2026-11-29T10:00:00Z"),
            List.of(new Count("REFERRED", 3), new Count("RELEASED", 7)),
            List.of(new Count("RED", 2), new Count("GREEN", 8)),
            List.of(new DecisionTime("ALL", 8, 600.0, 5400.0), new DecisionTime("OFFICERS", 2, 3600.0, 5400.0)),
            new ClearedBeforeArrival(7, 8), 10,
            List.of(new RuleHit("TGT-001", "Arms and ammunition (HS chapter 93): physical inspection", 2)),
            List.of(new RuleInspections("TGT-001", 2, 1, 3)),
            List.of(new Count("CN", 12)), List.of(new Count("93", 2)));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Dashboard dashboard;

    @BeforeEach
    void figures() {
        when(dashboard.figures(30)).thenReturn(FIGURES);
        when(dashboard.figures(90)).thenReturn(FIGURES);
    }

    @Test
    void showsTheFiguresWithChartDataInTheOfficersLanguage() throws Exception {
        String page = mvc.perform(get("/dashboard").param("days", "90"))
                .andExpect(status().isOk())
                .andExpect(view().name("dashboard/dashboard"))
                .andExpect(model().attribute("figures", FIGURES))
                .andExpect(model().attribute("days", 90))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("87.5%", "7 of 8 cases", "1 h 30 min", "10 min", "TGT-001", "20.0%", "25.0%",
                "&quot;labels&quot;:[&quot;referred&quot;,&quot;released&quot;]",
                "/webjars/chart.js/4.5.1/dist/chart.umd.min.js");
    }

    @Test
    void unknownPeriodFallsBackToThirtyDays() throws Exception {
        mvc.perform(get("/dashboard").param("days", "13")).andExpect(model().attribute("days", 30));
        verify(dashboard).figures(30);
    }

    @Test
    void csvExportHasTheSameFigures() throws Exception {
        mvc.perform(get("/dashboard.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"portcullis-dashboard-30d.csv\""))
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("figure,key,value,unit,label\r\n"),
                        org.hamcrest.Matchers.containsString("cases_by_status,REFERRED,3,cases,referred\r\n"),
                        org.hamcrest.Matchers.containsString(
                                "filing_to_decision_p90,OFFICERS,5400.000,seconds,an officer\r\n"),
                        org.hamcrest.Matchers.containsString("cleared_before_arrival,share,0.875,ratio,\r\n"),
                        org.hamcrest.Matchers.containsString("rule_hits,TGT-001,2,cases,"),
                        org.hamcrest.Matchers.containsString("inspections_found,TGT-001,1,inspections,\r\n"),
                        org.hamcrest.Matchers.containsString("inspections_nothing_found,TGT-001,3,inspections,\r\n"),
                        org.hamcrest.Matchers.containsString("top_hs_chapters,93,2,goods_items,\r\n"))));
    }
}
