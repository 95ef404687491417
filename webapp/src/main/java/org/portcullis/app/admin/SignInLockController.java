package org.portcullis.app.admin;

import java.security.Principal;
import java.util.Set;
import org.portcullis.app.security.Roles;
import org.portcullis.app.security.SignInThrottle;
import org.portcullis.app.task.FlashMessage;
import org.portcullis.app.web.NavigationItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see which users and addresses are locked after failed sign-ins, and lift a lock. */
@Controller
class SignInLockController {

    private static final Logger log = LoggerFactory.getLogger(SignInLockController.class);

    private final SignInThrottle throttle;

    SignInLockController(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping("/admin/sign-in-locks")
    String list(Model model) {
        model.addAttribute("locks", throttle.locked());
        return "admin/sign-in-locks";
    }

    @PostMapping("/admin/sign-in-locks/unlock")
    String unlock(@RequestParam String subject, Principal admin, RedirectAttributes redirect) {
        if (throttle.unlock(subject)) {
            log.info("Sign-in lock on {} lifted by {}", subject, admin.getName());
            redirect.addFlashAttribute("flash", FlashMessage.success("signInLocks.unlocked", subject));
        } else {
            redirect.addFlashAttribute("flash", FlashMessage.warning("signInLocks.notLocked", subject));
        }
        return "redirect:/admin/sign-in-locks";
    }

    /** The sign-in locks' place in the navigation. */
    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem signInLocksNavigation() {
            return new NavigationItem("/admin/sign-in-locks", "nav.signInLocks", 95, Set.of(Roles.ADMIN));
        }
    }
}
