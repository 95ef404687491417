package org.portcullis.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the layout needs on every page: the navigation the officer may see and the links to switch language. */
@ControllerAdvice
class NavigationAdvice {

    private final ObjectProvider<NavigationItem> items;

    NavigationAdvice(ObjectProvider<NavigationItem> items) {
        this.items = items;
    }

    @ModelAttribute("navigation")
    List<NavigationEntry> navigation(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return List.of();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return NavigationItem.visible(items, authentication.getAuthorities()).stream()
                .map(item -> new NavigationEntry(item.path(), item.labelKey(), item.contains(path))).toList();
    }

    @ModelAttribute("languages")
    List<LanguageLink> languages(HttpServletRequest request) {
        Locale current = LocaleContextHolder.getLocale();
        return Languages.SUPPORTED.stream().map(locale -> new LanguageLink(locale.getLanguage(),
                locale.getDisplayLanguage(locale),
                UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                        .replaceQueryParam(Languages.PARAMETER, locale.getLanguage()).build().toUriString(),
                locale.getLanguage().equals(current.getLanguage()))).toList();
    }

    /** An entry of the navigation as the layout shows it. */
    record NavigationEntry(String path, String labelKey, boolean active) {
    }

    /** A link that shows the same page in another language. */
    record LanguageLink(String tag, String name, String href, boolean current) {
    }
}
