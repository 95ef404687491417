package org.portcullis.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.portcullis.risk.forecast.ArrivalForecast;
import org.portcullis.risk.forecast.ForecastAccuracy;

/** The forecast of arrivals and workload on generated history, where what really arrived is known. */
class ForecastTest {

    @Test
    void theNextSevenDaysOfArrivalsPerPortAndDayAreForecastNearTheNoiseOfSmallCounts() {
        List<LocalDate> cuts = IntStream.range(0, 8).mapToObj(week -> LocalDate.of(2026, 5, 4).plusWeeks(week))
                .toList();

        double mape = ForecastAccuracy.mape(GeneratedWorld.HISTORY, cuts, 7);

        // About 2 to 7 calls a port and day: Poisson noise alone puts the error of a perfect forecast near 0.3.
        assertThat(mape).isLessThan(0.45);
    }

    @Test
    void callsAlreadyFiledCountInFullAndTheRestComesFromTheWeekdayPattern() {
        LocalDate today = LocalDate.of(2026, 7, 13);
        Instant now = today.atStartOfDay().toInstant(ZoneOffset.UTC);
        ArrivalForecast forecast = new RiskAnalysis(Clock.fixed(now, ZoneOffset.UTC))
                .forecast(GeneratedWorld.HISTORY.asKnownAt(now), today, 14);

        assertThat(forecast.arrivals()).hasSize(14 * 3);
        assertThat(forecast.arrivals()).allMatch(day -> day.expected() >= day.filed());
        ArrivalForecast.PortDay tomorrow = forecast.arrivals().stream()
                .filter(d -> d.date().equals(today.plusDays(1)) && d.port().equals("NLRTM")).findFirst().orElseThrow();
        assertThat(tomorrow.filed()).isPositive();
        assertThat(forecast.workload()).extracting(ArrivalForecast.AgencyDay::agency).contains("CUSTOMS",
                "PORT_HEALTH");
        assertThat(forecast.workload()).allMatch(day -> day.hours() >= day.tasks() * 0.1);
        assertThat(forecast.csv()).startsWith("date,kind,name,filed,expected,hours\n2026-07-13,arrivals,");
    }
}
