package org.portcullis.app.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/** Runs a web test as a signed-in officer with the given roles and Camunda groups, as the real sign-in makes one. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@WithSecurityContext(factory = WithOfficer.Factory.class)
public @interface WithOfficer {

    String value() default "clerk";

    String[] roles() default {"CLERK"};

    String[] groups() default {"clerks"};

    /** Builds the security context of {@link WithOfficer}. */
    class Factory implements WithSecurityContextFactory<WithOfficer> {

        @Override
        public SecurityContext createSecurityContext(WithOfficer officer) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(Officers.authentication(officer.value(), List.of(officer.roles()),
                    List.of(officer.groups())));
            return context;
        }
    }
}
