package org.portcullis.app.redress;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.portcullis.app.security.Officer;
import org.portcullis.app.task.FlashMessage;
import org.portcullis.casework.casefile.OfficerCaseFiles;
import org.portcullis.casework.redress.RedressDesk;
import org.portcullis.casework.redress.RedressRecord;
import org.portcullis.casework.redress.RedressRefusedException;
import org.portcullis.casework.redress.RedressStatus;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An officer marks a watchlist match of a case as a false positive, with the reason and until when (redress): on a
 * possible match it takes effect at once, on a confirmed one it waits for a supervisor ({@link RedressDesk}). The
 * match is one of an agency's assessment ({@code agency}; none: the lead agency's, customs'), and only that agency's
 * officers and supervisors may mark it: to others the match is not there (404).
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
            @RequestParam(defaultValue = "") String expiresOn, @RequestParam(defaultValue = "") String agency,
            @AuthenticationPrincipal Officer officer, RedirectAttributes redirect) {
        String whose = agency.isBlank() ? null : agency.strip();
        if (!caseFiles.redresses(mrn, whose, officer.groups())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + mrn);
        }
        LocalDate until;
        try {
            until = expiresOn.isBlank() ? null : LocalDate.parse(expiresOn.strip());
        } catch (DateTimeParseException notADate) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("redress.badDate", expiresOn.strip()));
            return "redirect:/cases/" + mrn + "#screening";
        }
        try {
            RedressRecord record = (whose == null ? desk.mark(mrn, position, reason, until, officer.userId())
                    : desk.mark(mrn, whose, position, reason, until, officer.userId()))
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
