package org.portcullis.app.rules;

import org.portcullis.casework.rules.ScreeningRedress;

import org.portcullis.casework.casefile.CaseFileViews;
import org.portcullis.casework.casefile.OfficerCaseFiles;
import org.portcullis.app.security.Officer;
import org.portcullis.app.task.FlashMessage;
import org.portcullis.model.assessment.ScreeningMatch;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A clerk marks a watchlist match of a case as a false positive, with the reason: a redress record is added and
 * screening no longer flags that person or party for that entry.
 */
@Controller
class ScreeningRedressController {

    private static final int MAX_REASON = 1000;

    private final CaseFileViews caseFiles;
    private final OfficerCaseFiles officerCaseFiles;
    private final ScreeningRedress redress;

    ScreeningRedressController(CaseFileViews caseFiles, OfficerCaseFiles officerCaseFiles, ScreeningRedress redress) {
        this.caseFiles = caseFiles;
        this.officerCaseFiles = officerCaseFiles;
        this.redress = redress;
    }

    @PostMapping("/cases/{mrn}/screening-matches/{position}/false-positive")
    String markFalsePositive(@PathVariable String mrn, @PathVariable int position,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal Officer officer, RedirectAttributes redirect) {
        if (!officerCaseFiles.readsLeadReasons(mrn, officer.groups())) {
            // the matches are customs' screening: an officer who may not read customs' reasons does not see them
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + mrn);
        }
        var caseFile = caseFiles.find(mrn)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + mrn));
        var matches = caseFile.assessment() == null ? java.util.List.<ScreeningMatch>of()
                : caseFile.assessment().screeningMatches();
        if (position < 0 || position >= matches.size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no screening match " + position);
        }
        String back = "redirect:/cases/" + mrn;
        if (reason.isBlank() || reason.length() > MAX_REASON) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("redress.reason.required"));
            return back;
        }
        ScreeningMatch match = matches.get(position);
        redress.record(match.listName(), match.entryId(), match.subjectKey(), match.subject().reference(), mrn,
                reason.strip(), officer.userId());
        redirect.addFlashAttribute("flash", FlashMessage.success("redress.recorded", match.subject().reference(),
                match.entryId(), match.listName()));
        return back;
    }
}
