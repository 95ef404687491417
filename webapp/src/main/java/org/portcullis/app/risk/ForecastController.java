package org.portcullis.app.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.portcullis.casework.risk.ArrivalForecasts;
import org.portcullis.risk.forecast.ArrivalForecast;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The supervisors' forecast of arrivals per port and of each agency's tasks and hours, and its CSV. */
@Controller
class ForecastController {

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
        ArrivalForecast forecast = forecasts.next();
        model.addAttribute("forecast", forecast);
        model.addAttribute("table", ForecastTable.of(forecast));
        model.addAttribute("chartData", json.writeValueAsString(ForecastCharts.of(forecast,
                text("forecast.chart.arrivals"), text("forecast.chart.hours"))));
        return "dashboard/forecast";
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    @GetMapping("/dashboard/forecast.csv")
    ResponseEntity<byte[]> csv() {
        ArrivalForecast forecast = forecasts.next();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("portcullis-forecast-" + forecast.from() + ".csv").build().toString())
                .body(forecast.csv().getBytes(StandardCharsets.UTF_8));
    }
}
