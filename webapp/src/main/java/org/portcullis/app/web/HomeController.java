package org.portcullis.app.web;

import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after sign-in: the first page of the navigation the officer's roles open. */
@Controller
class HomeController {

    private final ObjectProvider<NavigationItem> items;

    HomeController(ObjectProvider<NavigationItem> items) {
        this.items = items;
    }

    private Stream<NavigationItem> sorted() {
        return items.stream().sorted(Comparator.comparingInt(NavigationItem::order));
    }

    @GetMapping("/")
    String home(Authentication authentication) {
        return sorted().filter(item -> item.visibleTo(authentication.getAuthorities())).findFirst()
                .map(item -> "redirect:" + item.path()).orElse("home");
    }
}
