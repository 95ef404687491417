package org.portcullis.app.api;

import org.portcullis.casework.carrier.CarrierAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * The carriers' HTTP API under {@code /api/}: HTTP Basic with the carrier's account (the same as on the broker),
 * no session, no CSRF (no browser, no cookies). Officers' accounts do not work here and carriers' do not work in
 * the officers' pages: each chain has its own authentication. The log's tree heads and proofs ({@code /api/v1/log/})
 * are public, as a transparency log's are: they hold hashes, never a leaf's data; so are clearance certificates read by
 * their number ({@code /api/v1/certificates/}), which a terminal or another authority verifies. The officers' read API
 * ({@code /api/v1/officer/}) belongs to the officers' chain.
 */
@Configuration(proxyBeanMethods = false)
class CarrierApiSecurity {

    static final String CARRIER_ROLE = "CARRIER";
    /** The officers' read API: signed in as on the officers' pages, not a carrier's. */
    static final String OFFICER_API = "/api/v1/officer/**";

    @Bean
    @Order(1)
    SecurityFilterChain carrierApiFilterChain(HttpSecurity http, CarrierAccounts carriers) throws Exception {
        UserDetailsService accounts = carrierId -> carriers.encodedPassword(carrierId)
                .map(password -> User.withUsername(carrierId).password(password).roles(CARRIER_ROLE).build())
                .orElseThrow(() -> new UsernameNotFoundException("no carrier account " + carrierId));
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(carriers.passwordEncoder());
        http.securityMatcher(new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                        new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(OFFICER_API))))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/log/**", "/api/v1/certificates/**").permitAll()
                        .anyRequest().hasRole(CARRIER_ROLE))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .authenticationManager(new ProviderManager(provider));
        return http.build();
    }
}
