package org.portcullis.app.deadletter;

import org.portcullis.casework.deadletter.DeadLetter;
import org.portcullis.casework.deadletter.DeadLetterQueue;
import org.portcullis.casework.deadletter.DeadLetterReplay;
import org.portcullis.casework.deadletter.DeadLetterDiscard;
import org.portcullis.casework.deadletter.DeadLetterGoneException;
import org.portcullis.casework.iot.SensorDeadLetters;
import org.portcullis.casework.deadletter.DeadLetterNotReplayableException;

import java.util.Set;
import org.portcullis.app.security.Officer;
import org.portcullis.app.security.Roles;
import org.portcullis.app.task.FlashMessage;
import org.portcullis.app.web.NavigationItem;
import org.portcullis.model.search.Paging;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The filings' dead letters with why each died and whether each can be replayed; supervisors replay one once its
 * cause is dealt with, or discard it with the reason. The sensor events refused, with their errors, are shown
 * read only.
 */
@Controller
class DeadLetterController {

    static final String LIST = "deadLetterList";

    private final DeadLetterQueue queue;
    private final DeadLetterReplay replay;
    private final DeadLetterDiscard discard;
    private final SensorDeadLetters sensorDeadLetters;

    DeadLetterController(DeadLetterQueue queue, DeadLetterReplay replay, DeadLetterDiscard discard,
            SensorDeadLetters sensorDeadLetters) {
        this.queue = queue;
        this.replay = replay;
        this.discard = discard;
        this.sensorDeadLetters = sensorDeadLetters;
    }

    /**
     * The binding result takes a hand-typed page that is not a number: the page says so and shows the first. A page
     * before the first or past the last shows the first or the last ({@link DeadLetterQueue#browse}).
     */
    @GetMapping("/dead-letters")
    String list(@ModelAttribute(LIST) DeadLetterListForm form, BindingResult binding, Model model) {
        model.addAttribute("deadLetters", queue.browse(form.getPage(), Paging.DEFAULT_SIZE));
        model.addAttribute("sensorEvents", false);
        return "deadletters/list";
    }

    /** The refused sensor events with their errors (read only: a sensor publishes a corrected event anew). */
    @GetMapping("/dead-letters/sensor-events")
    String sensorEvents(@ModelAttribute(LIST) DeadLetterListForm form, BindingResult binding, Model model) {
        model.addAttribute("deadLetters", sensorDeadLetters.browse(form.getPage(), Paging.DEFAULT_SIZE));
        model.addAttribute("sensorEvents", true);
        return "deadletters/list";
    }

    @PostMapping("/dead-letters/replay")
    String replay(@RequestParam String id, @AuthenticationPrincipal Officer officer, RedirectAttributes redirect) {
        try {
            DeadLetter letter = replay.replay(id, officer.userId());
            redirect.addFlashAttribute("flash", FlashMessage.success("deadLetters.replayed",
                    letter.messageId() == null ? id : letter.messageId()));
        } catch (DeadLetterGoneException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("deadLetters.gone", id));
        } catch (DeadLetterNotReplayableException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("deadLetters.notReplayable",
                    FlashMessage.label(switch (e.blocker()) {
                        case NO_CARRIER_ID -> "deadLetters.blocker.NO_CARRIER_ID";
                        case SENDER_NOT_THE_CARRIER -> "deadLetters.blocker.SENDER_NOT_THE_CARRIER";
                    })));
        }
        return "redirect:/dead-letters";
    }

    @PostMapping("/dead-letters/discard")
    String discard(@RequestParam String id, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal Officer officer, RedirectAttributes redirect) {
        try {
            DeadLetter letter = discard.discard(id, reason, officer.userId());
            redirect.addFlashAttribute("flash", FlashMessage.success("deadLetters.discarded",
                    letter.messageId() == null ? "-" : letter.messageId()));
        } catch (IllegalArgumentException noReason) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("deadLetters.discardReasonMissing"));
        } catch (DeadLetterGoneException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("deadLetters.gone", id));
        }
        return "redirect:/dead-letters";
    }

    /** The dead letters' place in the navigation. */
    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem deadLettersNavigation() {
            return new NavigationItem("/dead-letters", "nav.deadLetters", 50, Set.of(Roles.SUPERVISOR, Roles.ADMIN));
        }
    }
}
