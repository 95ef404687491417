package org.portcullis.app.security;

import java.util.Set;
import org.portcullis.app.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Administrators reach Camunda's Cockpit (processes, incidents), Tasklist and Admin (users, groups). */
@Configuration(proxyBeanMethods = false)
class AdminNavigation {

    @Bean
    NavigationItem cockpitNavigation() {
        return new NavigationItem("/camunda/app/cockpit/default/", "nav.cockpit", 90, Set.of(Roles.ADMIN));
    }
}
