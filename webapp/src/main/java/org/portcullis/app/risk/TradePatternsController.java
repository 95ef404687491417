package org.portcullis.app.risk;

import org.portcullis.app.security.Officer;
import org.portcullis.casework.risk.HistorySource;
import org.portcullis.casework.risk.TradePatternsOfCases;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The supervisors' trade patterns: value outliers and known consignees' new routes of the last 30 days. */
@Controller
class TradePatternsController {

    private final TradePatternsOfCases patterns;

    TradePatternsController(TradePatternsOfCases patterns) {
        this.patterns = patterns;
    }

    @GetMapping("/dashboard/trade-patterns")
    String show(@RequestParam(defaultValue = "STORED") HistorySource source, @AuthenticationPrincipal Officer officer,
            Model model) {
        model.addAttribute("report", patterns.forOfficer(officer.groups(), source)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
                        "trade patterns are for officers who read customs' reasons")));
        model.addAttribute("source", source);
        model.addAttribute("windowDays", TradePatternsOfCases.WINDOW.toDays());
        return "dashboard/trade-patterns";
    }
}
