package org.portcullis.app.rules;

import org.portcullis.app.security.Officer;
import org.portcullis.app.task.FlashMessage;
import org.portcullis.casework.rules.DraftPublication;
import org.portcullis.casework.rules.PublicationRefusedException;
import org.portcullis.casework.rules.RuleSetReloader;
import org.portcullis.casework.rules.RulesProperties;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Going live, as a rule author does it: a confirmation step (what the draft changes, the failing scenarios, the
 * backtest, whether live moved on since the draft started), the change note, the explicit override; a rollback to
 * any earlier version with its note; and starting the draft afresh from live.
 */
@Controller
class RulePublicationController {

    private final DraftPublication publication;
    private final RulesProperties properties;

    RulePublicationController(DraftPublication publication, RulesProperties properties) {
        this.publication = publication;
        this.properties = properties;
    }

    @GetMapping("/rules/draft/publish")
    String confirm(Model model) {
        model.addAttribute("review", publication.review(properties.backtestFilings()));
        model.addAttribute("draftDirectory", properties.draftDirectory());
        return "rules/publish";
    }

    @PostMapping("/rules/draft/publish")
    String publish(@RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "false") boolean override,
            @AuthenticationPrincipal Officer author, RedirectAttributes redirect) {
        try {
            RuleSetReloader.Result result = publication.publish(author.userId(), note, override);
            redirect.addFlashAttribute("flash", result.status() == RuleSetReloader.Status.UNCHANGED
                    ? FlashMessage.success("rules.publish.unchanged", result.version())
                    : FlashMessage.success("rules.publish.done", result.version(),
                            String.valueOf(result.failedScenarios().size())));
            return "redirect:/rules";
        } catch (PublicationRefusedException refused) {
            redirect.addFlashAttribute("flash", refusal(refused));
            redirect.addFlashAttribute("note", note);
            return "redirect:/rules/draft/publish";
        }
    }

    @PostMapping("/rules/versions/{version}/rollback")
    String rollback(@PathVariable String version, @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal Officer author, RedirectAttributes redirect) {
        try {
            RuleSetReloader.Result result = publication.rollback(version, author.userId(), note);
            redirect.addFlashAttribute("flash", FlashMessage.success("rules.rollback.done", result.version()));
        } catch (PublicationRefusedException refused) {
            redirect.addFlashAttribute("flash", refusal(refused));
        }
        return "redirect:/rules";
    }

    @PostMapping("/rules/draft/start")
    String startFromLive(@AuthenticationPrincipal Officer author, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("flash", FlashMessage.success("rules.draft.started",
                    publication.startFromLive(author.userId())));
        } catch (PublicationRefusedException refused) {
            redirect.addFlashAttribute("flash", refusal(refused));
        }
        return "redirect:/rules/draft";
    }

    private static FlashMessage refusal(PublicationRefusedException refused) {
        return switch (refused.reason()) {
            case NOTE_MISSING -> FlashMessage.warning("rules.publish.noteMissing");
            case DOES_NOT_COMPILE -> FlashMessage.warning("rules.publish.doesNotCompile");
            case NOT_CONFIRMED -> FlashMessage.warning("rules.publish.notConfirmed");
            case UNKNOWN_VERSION -> FlashMessage.warning("rules.publish.unknownVersion");
            case REJECTED -> FlashMessage.warning("rules.publish.refused");
        };
    }
}
