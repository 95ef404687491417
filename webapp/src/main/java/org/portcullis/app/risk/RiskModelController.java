package org.portcullis.app.risk;

import org.portcullis.app.security.Officer;
import org.portcullis.app.task.FlashMessage;
import org.portcullis.casework.risk.HistorySource;
import org.portcullis.casework.risk.RiskMode;
import org.portcullis.casework.risk.RiskModels;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rule authors' page on the learned risk model: the models trained with their backtest against the rules, what
 * serves now and what served before; train a draft, put one in shadow or live, roll back, switch off.
 */
@Controller
class RiskModelController {

    private final RiskModels models;

    RiskModelController(RiskModels models) {
        this.models = models;
    }

    @GetMapping("/rules/risk")
    String show(Model model) {
        model.addAttribute("models", models.models());
        model.addAttribute("activations", models.activations());
        model.addAttribute("current", models.current().orElse(null));
        return "rules/risk";
    }

    @PostMapping("/rules/risk/train")
    String train(@RequestParam HistorySource source, @AuthenticationPrincipal Officer author,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("flash", FlashMessage.success("risk.trainedDraft",
                    models.train(author.userId(), source)));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("risk.notTrained", e.getMessage()));
        }
        return "redirect:/rules/risk";
    }

    @PostMapping("/rules/risk/{version}/serve")
    String serve(@PathVariable String version, @RequestParam RiskMode mode, @AuthenticationPrincipal Officer author,
            RedirectAttributes redirect) {
        try {
            models.serve(version, mode, author.userId());
            redirect.addFlashAttribute("flash", FlashMessage.success("risk.serving", version, mode.name()));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("risk.refused", e.getMessage()));
        }
        return "redirect:/rules/risk";
    }

    @PostMapping("/rules/risk/rollback")
    String rollback(@AuthenticationPrincipal Officer author, RedirectAttributes redirect) {
        try {
            var now = models.rollback(author.userId());
            redirect.addFlashAttribute("flash", FlashMessage.success("risk.rolledBack",
                    now.version() == null ? "-" : now.version(), now.mode().name()));
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("risk.refused", e.getMessage()));
        }
        return "redirect:/rules/risk";
    }

    @PostMapping("/rules/risk/off")
    String off(@AuthenticationPrincipal Officer author, RedirectAttributes redirect) {
        models.off(author.userId());
        redirect.addFlashAttribute("flash", FlashMessage.success("risk.off"));
        return "redirect:/rules/risk";
    }
}
