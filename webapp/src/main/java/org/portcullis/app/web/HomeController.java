package org.portcullis.app.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after sign-in: the first page of the navigation the officer's roles open. */
@Controller
class HomeController {

    private final List<NavigationItem> items;

    HomeController(List<NavigationItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    @GetMapping("/")
    String home(Authentication authentication) {
        return items.stream().filter(item -> item.visibleTo(authentication.getAuthorities())).findFirst()
                .map(item -> "redirect:" + item.path()).orElse("home");
    }
}
