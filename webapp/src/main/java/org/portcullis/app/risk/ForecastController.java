package org.portcullis.app.risk;

import java.nio.charset.StandardCharsets;
import org.portcullis.casework.risk.ArrivalForecasts;
import org.portcullis.risk.forecast.ArrivalForecast;
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

    ForecastController(ArrivalForecasts forecasts) {
        this.forecasts = forecasts;
    }

    @GetMapping("/dashboard/forecast")
    String show(Model model) {
        ArrivalForecast forecast = forecasts.next();
        model.addAttribute("forecast", forecast);
        model.addAttribute("table", ForecastTable.of(forecast));
        return "dashboard/forecast";
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
