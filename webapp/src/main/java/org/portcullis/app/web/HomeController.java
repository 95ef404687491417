package org.portcullis.app.web;

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

    @GetMapping("/")
    String home(Authentication authentication) {
        return NavigationItem.visible(items, authentication.getAuthorities()).stream().findFirst()
                .map(item -> "redirect:" + item.path()).orElse("home");
    }
}
