package org.portcullis.app.redress;

import java.time.LocalDate;
import org.portcullis.app.security.Officer;
import org.portcullis.app.task.FlashMessage;
import org.portcullis.casework.casefile.OfficerCaseFiles;
import org.portcullis.casework.redress.RedressDesk;
import org.portcullis.casework.redress.RedressRecord;
import org.portcullis.casework.redress.RedressRefusedException;
import org.portcullis.casework.redress.RedressStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A clerk marks a watchlist match of a case as a false positive, with the reason and until when (redress): on a
 * possible match it takes effect at once, on a confirmed one it waits for a supervisor ({@link RedressDesk}).
 */
@Controller
class FalsePositiveController {

    private final RedressDesk desk;
    private final OfficerCaseFiles caseFiles;

    FalsePositiveController(RedressDesk desk, OfficerCaseFiles caseFiles) {
        this.desk = desk;
        this.caseFiles = caseFiles;
    }

    @PostMapping("/cases/{mrn}/screening-matches/{position}/false-positive")
    String markFalsePositive(@PathVariable String mrn, @PathVariable int position,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
            @AuthenticationPrincipal Officer officer, RedirectAttributes redirect) {
        if (!caseFiles.readsLeadReasons(mrn, officer.groups())) {
            // the matches are customs' screening: an officer who may not read customs' reasons does not see them
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + mrn);
        }
        try {
            RedressRecord record = desk.mark(mrn, position, reason, expiresOn, officer.userId())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such screening match"));
            boolean pending = record.status(desk.today()) == RedressStatus.PENDING;
            redirect.addFlashAttribute("flash", FlashMessage.success(pending ? "redress.pending" : "redress.recorded",
                    record.subjectReference(), record.entryId(), record.listName(), String.valueOf(record.expiresOn())));
        } catch (RedressRefusedException refused) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("redress.refused." + refused.reason()));
        }
        return "redirect:/cases/" + mrn + "#screening";
    }
}
