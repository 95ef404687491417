package org.portcullis.app.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.portcullis.casework.risk.ArrivalForecasts;
import org.portcullis.casework.risk.PreparedReport;
import org.portcullis.risk.forecast.ArrivalForecast;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The supervisors' forecast of arrivals per port and of each agency's tasks and hours, and its CSV: the forecast
 * last made in the background (the page says when, or that it is being prepared).
 */
@Controller
class ForecastController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ArrivalForecasts forecasts;
    private final ObjectMapper json;
    private final MessageSource messages;

    ForecastController(ArrivalForecasts forecasts, ObjectMapper json, MessageSource messages) {
        this.forecasts = forecasts;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/dashboard/forecast")
    String show(Model model) throws JsonProcessingException {
        PreparedReport.Snapshot<ArrivalForecast> prepared = forecasts.latest();
        model.addAttribute("prepared", prepared);
        model.addAttribute("interval", ReportInterval.text(forecasts.interval()));
        if (prepared.ready()) {
            ArrivalForecast forecast = prepared.report();
            model.addAttribute("forecast", forecast);
            model.addAttribute("table", ForecastTable.of(forecast));
            model.addAttribute("chartData", json.writeValueAsString(ForecastCharts.of(forecast,
                    text("forecast.chart.arrivals"), text("forecast.chart.hours"))));
        }
        return "dashboard/forecast";
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** The CSV of the forecast last made; 503 with a retry hint while the first is being made. */
    @GetMapping("/dashboard/forecast.csv")
    ResponseEntity<byte[]> csv() {
        PreparedReport.Snapshot<ArrivalForecast> prepared = forecasts.latest();
        if (!prepared.ready()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
                    .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(text("forecast.unavailable").getBytes(StandardCharsets.UTF_8));
        }
        ArrivalForecast forecast = prepared.report();
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("portcullis-forecast-" + forecast.from() + ".csv").build().toString())
                .body(forecast.csv().getBytes(StandardCharsets.UTF_8));
    }
}
