package org.portcullis.app.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs officers in against the Camunda identity service, so that one set of users and groups (kept in the
 * database, managed in Camunda Admin) serves the Portcullis UI and Camunda's own web applications.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identity;

    CamundaIdentityAuthenticationProvider(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object password = authentication.getCredentials();
        if (userId == null || password == null || !identity.checkPassword(userId, password.toString())) {
            throw new BadCredentialsException("Bad credentials");
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        List<SimpleGrantedAuthority> authorities = groups.stream().map(Roles.ROLE_BY_GROUP::get)
                .filter(java.util.Objects::nonNull).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        String name = user == null ? userId : (user.getFirstName() + " " + user.getLastName()).trim();
        return new UsernamePasswordAuthenticationToken(new Officer(userId, name, groups), null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
