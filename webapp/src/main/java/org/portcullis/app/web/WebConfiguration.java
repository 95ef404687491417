package org.portcullis.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of the user interface: English unless the officer chose another supported language with
 * {@code ?lang=nl}, kept in a cookie (no server state, so any node serves the next request). And the layout's
 * navigation and language links on every page ({@link LayoutModel}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final LayoutModel layout;

    WebConfiguration(LayoutModel layout) {
        this.layout = layout;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("portcullis-lang");
        resolver.setDefaultLocale(Locale.ENGLISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch());
        registry.addInterceptor(layout);
    }

    /** Switches to a supported language named by the {@code lang} parameter; ignores any other value. */
    private static final class LanguageSwitch implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String tag = request.getParameter(Languages.PARAMETER);
            if (Languages.isSupported(tag)) {
                org.springframework.web.servlet.support.RequestContextUtils.getLocaleResolver(request)
                        .setLocale(request, response, Locale.forLanguageTag(tag));
            }
            return true;
        }
    }
}
