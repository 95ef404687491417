package org.portcullis.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.servlet.view.UrlBasedViewResolver;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * What the layout needs on every page: the navigation the officer may see and the links to switch language. Added
 * after the handler, and only when it renders a page (the UI's controllers, the sign-in and the error pages): not
 * for the carriers' HTTP API, whose answers are bodies without a view, nor for a redirect.
 */
@Component
class LayoutModel implements HandlerInterceptor {

    private final ObjectProvider<NavigationItem> items;

    LayoutModel(ObjectProvider<NavigationItem> items) {
        this.items = items;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || isRedirect(page)) {
            return;
        }
        page.addObject("navigation", navigation(request));
        page.addObject("languages", languages(request));
    }

    private static boolean isRedirect(ModelAndView page) {
        return page.getView() instanceof RedirectView || page.getViewName() != null
                && page.getViewName().startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX);
    }

    private List<NavigationEntry> navigation(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return List.of();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return NavigationItem.visible(items, authentication.getAuthorities()).stream()
                .map(item -> new NavigationEntry(item.path(), item.labelKey(), item.contains(path))).toList();
    }

    private static List<LanguageLink> languages(HttpServletRequest request) {
        Locale current = LocaleContextHolder.getLocale();
        UriComponentsBuilder samePage = samePage(request);
        return Languages.SUPPORTED.stream().map(locale -> new LanguageLink(locale.getLanguage(),
                locale.getDisplayLanguage(locale),
                samePage.cloneBuilder().replaceQueryParam(Languages.PARAMETER, locale.getLanguage()).build()
                        .toUriString(),
                locale.getLanguage().equals(current.getLanguage()))).toList();
    }

    /**
     * The page the officer asked for. On an error page that is the request that failed, not the error page's own
     * path: its path, and for a GET its parameters (a failed POST's form fields do not belong in a link).
     */
    private static UriComponentsBuilder samePage(HttpServletRequest request) {
        Object failedPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(failedPath instanceof String path)) {
            return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
        }
        UriComponentsBuilder failed = UriComponentsBuilder.fromPath(path);
        if (HttpMethod.GET.matches(request.getMethod())) {
            request.getParameterMap().forEach((name, values) -> failed.queryParam(encoded(name),
                    Arrays.stream(values).map(LayoutModel::encoded).toArray()));
        }
        return failed;
    }

    private static String encoded(String queryText) {
        return UriUtils.encodeQueryParam(queryText, StandardCharsets.UTF_8);
    }

    /** An entry of the navigation as the layout shows it. */
    record NavigationEntry(String path, String labelKey, boolean active) {
    }

    /** A link that shows the same page in another language. */
    record LanguageLink(String tag, String name, String href, boolean current) {
    }
}
