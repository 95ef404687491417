package org.portcullis.app.security;

import static org.portcullis.app.security.Roles.ADMIN;
import static org.portcullis.app.security.Roles.AGENCY_SUPERVISOR;
import static org.portcullis.app.security.Roles.CLERK;
import static org.portcullis.app.security.Roles.RULE_AUTHOR;
import static org.portcullis.app.security.Roles.SUPERVISOR;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may see and do what (docs/ui.md has the table). Officers sign in with a form; Camunda's Cockpit, Tasklist
 * and Admin under {@code /camunda} are for administrators only (signed in here first; they then sign in by
 * themselves against the same identity service and bring their own CSRF protection and content security policy). Portcullis's own pages allow scripts and styles from the
 * application only: no inline script can run.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg", "/error")
                        .permitAll()
                        .requestMatchers("/schema/**", "/verify").permitAll()
                        .requestMatchers("/certificates/**").hasAnyRole(CLERK, SUPERVISOR)
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/camunda/**", "/admin/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/tasks/*/release-claim", "/tasks/*/hand-on")
                        .hasRole(SUPERVISOR)
                        .requestMatchers(HttpMethod.GET, "/cases", "/cases.csv", "/cases/*")
                        .hasAnyRole(CLERK, SUPERVISOR, RULE_AUTHOR)
                        .requestMatchers("/tasks/**", "/cases/**", "/agencies/figures", "/api/v1/officer/**")
                        .hasAnyRole(CLERK, SUPERVISOR)
                        .requestMatchers("/access-log/**").hasRole(AGENCY_SUPERVISOR)
                        .requestMatchers("/dashboard/**", "/dashboard.csv").hasRole(SUPERVISOR)
                        .requestMatchers(HttpMethod.GET, "/dead-letters/**").hasAnyRole(SUPERVISOR, ADMIN)
                        .requestMatchers("/dead-letters/**").hasRole(SUPERVISOR)
                        .requestMatchers("/incidents/**").hasRole(SUPERVISOR)
                        .requestMatchers("/redress/**").hasAnyRole(SUPERVISOR, AGENCY_SUPERVISOR)
                        .requestMatchers(HttpMethod.GET, "/rules", "/rules/catalogue")
                        .hasAnyRole(RULE_AUTHOR, SUPERVISOR)
                        .requestMatchers("/rules/**").hasRole(RULE_AUTHOR)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/").permitAll()
                        .failureHandler(signInFailures()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInFirst()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"))
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")),
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY))));
        return http.build();
    }

    /** Pages send an anonymous visitor to the sign-in form; the officers' read API answers 401 instead. */
    private static AuthenticationEntryPoint signInFirst() {
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
        entryPoints.put(PathPatternRequestMatcher.withDefaults().matcher("/api/v1/officer/**"),
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        return entryPoint;
    }

    /** A wrong password back to the form with "error", a locked user or address with "locked". */
    private static ExceptionMappingAuthenticationFailureHandler signInFailures() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        return failures;
    }
}
