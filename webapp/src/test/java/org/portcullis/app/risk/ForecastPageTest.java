package org.portcullis.app.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.app.web.PortcullisWebMvcTest;
import org.portcullis.app.web.WithOfficer;
import org.portcullis.casework.risk.ArrivalForecasts;
import org.portcullis.casework.risk.PreparedReport;
import org.portcullis.risk.forecast.ArrivalForecast;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@PortcullisWebMvcTest(ForecastController.class)
@WithOfficer(value = "supervisor", roles = "SUPERVISOR", groups = "supervisors")
class ForecastPageTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    private static final ArrivalForecast FORECAST = new ArrivalForecast(DAY, 2, "8 weeks", List.of(
            new ArrivalForecast.PortDay(DAY, "NLRTM", 3, 4.5), new ArrivalForecast.PortDay(DAY.plusDays(1), "NLRTM",
                    1, 6.26)),
            List.of(new ArrivalForecast.AgencyDay(DAY, "CUSTOMS", 1.2, 3.6)));

    private static final Instant MADE = Instant.parse("2026-11-29T07:55:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ArrivalForecasts forecasts;

    @BeforeEach
    void forecast() {
        when(forecasts.latest()).thenReturn(new PreparedReport.Snapshot<>(FORECAST, MADE, false, null));
        when(forecasts.interval()).thenReturn(Duration.ofMinutes(5));
    }

    @Test
    void supervisorsSeeCallsFiledAndExpectedPerPortAndTheWorkloadPerAgency() throws Exception {
        String page = mvc.perform(get("/dashboard/forecast")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("data-date=\"2026-11-29\"", "3 / 4.5", "1 / 6.3", "CUSTOMS", "1.2 (3.6 h)");
    }

    @Test
    void thePageSaysWhenTheForecastWasMadeAndHowOftenItIsMadeAgain() throws Exception {
        String page = mvc.perform(get("/dashboard/forecast")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("Figures made at 2026-11-29 07:55", "made again every 5 min")
                .doesNotContain("id=\"report-preparing\"");
    }

    @Test
    void whileTheFirstForecastIsMadeThePageSaysSoAtOnceAndTheCsvAsksToComeBack() throws Exception {
        when(forecasts.latest()).thenReturn(new PreparedReport.Snapshot<>(null, null, true, null));

        String page = mvc.perform(get("/dashboard/forecast")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String csv = mvc.perform(get("/dashboard/forecast.csv")).andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "60")).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"report-preparing\"", "being prepared in the background",
                "href=\"/dashboard/forecast\"").doesNotContain("id=\"forecast\"", "data-charts");
        assertThat(csv).contains("being prepared");
    }

    @Test
    void whenMakingTheForecastFailedThePageShowsTheLastOneAndSaysSo() throws Exception {
        when(forecasts.latest()).thenReturn(new PreparedReport.Snapshot<>(FORECAST, MADE, false,
                "CannotGetJdbcConnectionException"));

        String page = mvc.perform(get("/dashboard/forecast")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"report-failed\"", "CannotGetJdbcConnectionException", "3 / 4.5");
    }

    @Test
    void theChartsCarryCallsAndHoursExpectedPerDay() throws Exception {
        String page = mvc.perform(get("/dashboard/forecast")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("data-chart=\"arrivals\"", "data-chart=\"hours\"",
                "&quot;labels&quot;:[&quot;2026-11-29&quot;,&quot;2026-11-30&quot;]",
                "&quot;values&quot;:[4.5,6.3]", "&quot;values&quot;:[3.6,0.0]");
    }

    @Test
    void theCsvHasTheSameFigures() throws Exception {
        String csv = mvc.perform(get("/dashboard/forecast.csv")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"portcullis-forecast-2026-11-29.csv\""))
                .andReturn().getResponse().getContentAsString();

        assertThat(csv).contains("2026-11-29,arrivals,NLRTM,3,4.5,", "2026-11-29,tasks,CUSTOMS,,1.2,3.6");
    }

    @Test
    @WithOfficer(value = "clerk", roles = "CLERK", groups = "clerks")
    void clerksDoNotSeeTheForecast() throws Exception {
        mvc.perform(get("/dashboard/forecast")).andExpect(status().isForbidden());
    }
}
