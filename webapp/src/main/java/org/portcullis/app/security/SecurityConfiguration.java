package org.portcullis.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may see what. Officers sign in with a form; Camunda's Cockpit, Tasklist and Admin under {@code /camunda}
 * sign in by themselves against the same identity service and bring their own CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/schema/**").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/camunda/**").permitAll()
                        .requestMatchers("/tasks/**", "/cases/**").hasAnyRole(Roles.CLERK, Roles.SUPERVISOR)
                        .requestMatchers("/rules/**", "/rules").hasRole(Roles.RULE_AUTHOR)
                        .requestMatchers("/incidents/**").hasRole(Roles.SUPERVISOR)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"));
        return http.build();
    }
}
