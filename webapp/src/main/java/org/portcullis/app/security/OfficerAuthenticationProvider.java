package org.portcullis.app.security;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.portcullis.processes.identity.OfficerAccount;
import org.portcullis.processes.identity.OfficerDirectory;
import org.portcullis.sharing.agency.Agencies;
import org.portcullis.sharing.agency.Agency;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs officers in against the officer directory (Camunda's identity service), so that one set of users and groups
 * (kept in the database, managed in Camunda Admin) serves the Portcullis UI and Camunda's own web applications; a
 * user or address with too many failed sign-ins is refused for a while ({@link SignInThrottle}).
 */
@Component
class OfficerAuthenticationProvider implements AuthenticationProvider {

    private final OfficerDirectory officers;
    private final SignInThrottle throttle;
    private final Agencies agencies;

    OfficerAuthenticationProvider(OfficerDirectory officers, SignInThrottle throttle, Agencies agencies) {
        this.officers = officers;
        this.throttle = throttle;
        this.agencies = agencies;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object password = authentication.getCredentials();
        String source = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        List<String> subjects = source == null ? List.of(SignInThrottle.user(userId))
                : List.of(SignInThrottle.user(userId), SignInThrottle.source(source));
        throttle.lockOn(subjects).ifPresent(lock -> {
            throw new LockedException("too many failed sign-ins; locked until " + lock.until());
        });
        OfficerAccount account = officers.signIn(userId, password == null ? null : password.toString())
                .orElseThrow(() -> {
                    throttle.failed(userId, source);
                    return new BadCredentialsException("Bad credentials");
                });
        throttle.succeeded(userId);
        List<SimpleGrantedAuthority> authorities = roles(account.groups()).stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        return new UsernamePasswordAuthenticationToken(
                new Officer(userId, account.displayName(), account.groups()), null, authorities);
    }

    /**
     * The roles of the groups: Portcullis' own groups, and the agencies file's (an agency's officers work tasks and
     * cases as clerks do, seeing what their agreement allows; its supervisors also read its access log).
     */
    private Set<String> roles(List<String> groups) {
        Set<String> roles = new TreeSet<>();
        groups.stream().map(Roles.ROLE_BY_GROUP::get).filter(Objects::nonNull).forEach(roles::add);
        for (Agency agency : agencies.ofGroups(groups)) {
            roles.add(Roles.CLERK);
            if (agency.groups().supervisors().stream().anyMatch(groups::contains)) {
                roles.add(Roles.AGENCY_SUPERVISOR);
            }
        }
        return roles;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
