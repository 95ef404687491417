package org.portcullis.app.redress;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.portcullis.app.security.Officer;
import org.portcullis.app.security.Roles;
import org.portcullis.app.task.FlashMessage;
import org.portcullis.app.web.NavigationItem;
import org.portcullis.casework.redress.RedressDesk;
import org.portcullis.casework.redress.RedressRecord;
import org.portcullis.casework.redress.RedressRefusedException;
import org.portcullis.sharing.agency.Agencies;
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
 * the one who marked it approves or rejects a pending record, and revokes any record not ended, with the reason. A
 * supervisor sees and acts on the records of the agencies it supervises only (customs' supervisors customs' matches,
 * border police's supervisors border police's).
 */
@Controller
class RedressController {

    private static final int LATEST = 100;

    private final RedressDesk desk;
    private final Agencies agencies;

    RedressController(RedressDesk desk, Agencies agencies) {
        this.desk = desk;
        this.agencies = agencies;
    }

    @GetMapping("/redress")
    String list(@AuthenticationPrincipal Officer officer, Model model) {
        List<String> supervised = agencies.supervisedBy(officer.groups());
        model.addAttribute("pending", desk.latest(true, LATEST, supervised));
        model.addAttribute("records", desk.latest(false, LATEST, supervised));
        model.addAttribute("today", desk.today());
        return "redress/list";
    }

    @PostMapping("/redress/{id}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal Officer officer, RedirectAttributes redirect) {
        return step(redirect, "redress.approved", () -> desk.approve(id, officer.userId(),
                agencies.supervisedBy(officer.groups())));
    }

    @PostMapping("/redress/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal Officer officer, RedirectAttributes redirect) {
        return step(redirect, "redress.rejected", () -> desk.reject(id, officer.userId(), reason,
                agencies.supervisedBy(officer.groups())));
    }

    @PostMapping("/redress/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal Officer officer, RedirectAttributes redirect) {
        return step(redirect, "redress.revoked", () -> desk.revoke(id, officer.userId(), reason,
                agencies.supervisedBy(officer.groups())));
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
            return new NavigationItem("/redress", "nav.redress", 37, Set.of(Roles.SUPERVISOR, Roles.AGENCY_SUPERVISOR));
        }
    }
}
