package org.portcullis.app.dashboard;

import org.portcullis.casework.dashboard.DashboardFigures;
import org.portcullis.casework.dashboard.Dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.portcullis.app.security.Roles;
import org.portcullis.app.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The supervisors' dashboard and its CSV export. */
@Controller
class DashboardController {

    private final Dashboard dashboard;
    private final DashboardCharts charts;
    private final ObjectMapper json;
    private final MessageSource messages;

    DashboardController(Dashboard dashboard, DashboardCharts charts, ObjectMapper json, MessageSource messages) {
        this.messages = messages;
        this.dashboard = dashboard;
        this.charts = charts;
        this.json = json;
    }

    @GetMapping("/dashboard")
    String show(@RequestParam(defaultValue = "30") int days, Model model) throws JsonProcessingException {
        int period = Dashboard.PERIODS.contains(days) ? days : 30;
        DashboardFigures figures = dashboard.figures(period);
        model.addAttribute("days", period);
        model.addAttribute("periods", Dashboard.PERIODS);
        model.addAttribute("figures", figures);
        model.addAttribute("chartData", json.writeValueAsString(charts.of(figures)));
        return "dashboard/dashboard";
    }

    @GetMapping("/dashboard.csv")
    ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "30") int days, Locale locale) {
        int period = Dashboard.PERIODS.contains(days) ? days : 30;
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("portcullis-dashboard-" + (period == 0 ? "all" : period + "d") + ".csv").build()
                        .toString())
                .body(DashboardCsv.write(dashboard.figures(period),
                        key -> messages.getMessage(key, null, key, locale)).getBytes(StandardCharsets.UTF_8));
    }

    /** The dashboard's place in the navigation. */
    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem dashboardNavigation() {
            return new NavigationItem("/dashboard", "nav.dashboard", 30, Set.of(Roles.SUPERVISOR));
        }
    }
}
