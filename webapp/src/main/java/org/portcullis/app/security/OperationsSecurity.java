package org.portcullis.app.security;

import static org.portcullis.app.security.Roles.ADMIN;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The operators' endpoints under {@code /actuator}: health (its status) and info for anyone who can reach the port,
 * e.g. a load balancer; the health details, metrics and the Prometheus scrape for administrators only, with HTTP
 * Basic against the officers' accounts (the same sign-in throttle), no session, no CSRF. Carriers' accounts do not
 * work here.
 */
@Configuration(proxyBeanMethods = false)
class OperationsSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain operationsFilterChain(HttpSecurity http, OfficerAuthenticationProvider officers)
            throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
                        .anyRequest().hasRole(ADMIN))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .authenticationManager(new ProviderManager(officers));
        return http.build();
    }
}
