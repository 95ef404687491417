package org.portcullis.app.risk;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.portcullis.app.security.Officer;
import org.portcullis.app.web.InvalidParameter;
import org.portcullis.casework.risk.HistorySource;
import org.portcullis.casework.risk.TradePatternsOfCases;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The supervisors' trade patterns: value outliers and known consignees' new routes of the last 30 days, as last
 * made in the background (the page says when, or that they are being prepared).
 */
@Controller
class TradePatternsController {

    private final TradePatternsOfCases patterns;

    TradePatternsController(TradePatternsOfCases patterns) {
        this.patterns = patterns;
    }

    @GetMapping("/dashboard/trade-patterns")
    String show(@RequestParam(name = "source", defaultValue = "STORED") String sourceName,
            @AuthenticationPrincipal Officer officer, Model model, HttpServletResponse response) {
        Optional<HistorySource> source = InvalidParameter.constant(HistorySource.class, sourceName);
        if (source.isEmpty()) {
            return InvalidParameter.page(model, response, "source", sourceName, HistorySource.class);
        }
        model.addAttribute("prepared", patterns.forOfficer(officer.groups(), source.get())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
                        "trade patterns are for officers who read customs' reasons")));
        model.addAttribute("source", source.get());
        model.addAttribute("windowDays", TradePatternsOfCases.WINDOW.toDays());
        model.addAttribute("interval", ReportInterval.text(patterns.interval()));
        return "dashboard/trade-patterns";
    }
}
