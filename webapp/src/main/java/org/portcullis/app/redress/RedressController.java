package org.portcullis.app.redress;

import java.util.Set;
import java.util.function.Supplier;
import org.portcullis.app.security.Officer;
import org.portcullis.app.security.Roles;
import org.portcullis.app.task.FlashMessage;
import org.portcullis.app.web.NavigationItem;
import org.portcullis.casework.redress.RedressDesk;
import org.portcullis.casework.redress.RedressRecord;
import org.portcullis.casework.redress.RedressRefusedException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisors' redress records: those awaiting approval first, then the latest of all; a supervisor other than
 * the one who marked it approves or rejects a pending record, and revokes any record not ended, with the reason.
 */
@Controller
class RedressController {

    private static final int LATEST = 100;

    private final RedressDesk desk;

    RedressController(RedressDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/redress")
    String list(Model model) {
        model.addAttribute("pending", desk.latest(true, LATEST));
        model.addAttribute("records", desk.latest(false, LATEST));
        model.addAttribute("today", desk.today());
        return "redress/list";
    }

    @PostMapping("/redress/{id}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal Officer officer, RedirectAttributes redirect) {
        return step(redirect, "redress.approved", () -> desk.approve(id, officer.userId()));
    }

    @PostMapping("/redress/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal Officer officer, RedirectAttributes redirect) {
        return step(redirect, "redress.rejected", () -> desk.reject(id, officer.userId(), reason));
    }

    @PostMapping("/redress/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal Officer officer, RedirectAttributes redirect) {
        return step(redirect, "redress.revoked", () -> desk.revoke(id, officer.userId(), reason));
    }

    private static String step(RedirectAttributes redirect, String done, Supplier<RedressRecord> action) {
        try {
            RedressRecord record = action.get();
            redirect.addFlashAttribute("flash", FlashMessage.success(done, String.valueOf(record.id()),
                    record.entryId(), record.listName()));
        } catch (RedressRefusedException refused) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("redress.refused." + refused.reason()));
        }
        return "redirect:/redress";
    }

    /** The redress records' place in the navigation, for supervisors. */
    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem redressNavigation() {
            return new NavigationItem("/redress", "nav.redress", 37, Set.of(Roles.SUPERVISOR));
        }
    }
}
