package org.portcullis.app.web;

import java.util.List;
import org.portcullis.app.security.Officer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Signed-in officers for tests, as the Camunda identity sign-in makes them. */
public final class Officers {

    private Officers() {
    }

    /** The authentication of an officer with these roles (CLERK ...) and Camunda groups. */
    public static UsernamePasswordAuthenticationToken authentication(String userId, List<String> roles,
            List<String> groups) {
        return new UsernamePasswordAuthenticationToken(new Officer(userId, userId + " Officer", groups), null,
                roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
    }
}
