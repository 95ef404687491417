package org.portcullis.app.demo;

import org.portcullis.casework.demo.DemoProperties;
import org.portcullis.sharing.agency.Agencies;
import org.portcullis.sharing.agency.Agency;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.portcullis.app.security.Roles;
import org.portcullis.processes.identity.OfficerDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the officers' groups (Portcullis' own and those the agencies file names) and the demo users of the demo
 * profile, once, when the engine has started.
 */
@Component
@Profile("demo")
class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final OfficerDirectory officers;
    private final DemoProperties properties;
    private final Agencies agencies;

    DemoUsers(OfficerDirectory officers, DemoProperties properties, Agencies agencies) {
        this.officers = officers;
        this.properties = properties;
        this.agencies = agencies;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    void createDemoUsers() {
        log.warn("""

                *** DEMO PROFILE ACTIVE ***
                *** Officers {}, the demo carrier MSC and the port community system PCS sign in with
                *** well-known passwords. Never run this profile where real filings arrive: start with
                *** --spring.profiles.active=production and accounts of your own (docs/security.md).""",
                properties.users().stream().map(DemoProperties.DemoUser::id).toList());
        officers.ensureGroup(Roles.CLERKS, "Customs clerks");
        officers.ensureGroup(Roles.SUPERVISORS, "Customs supervisors");
        officers.ensureGroup(Roles.RULE_AUTHORS, "Rule authors");
        for (Agency agency : agencies.all()) {
            agency.groups().officers().forEach(group -> officers.ensureGroup(group, agency.name() + ": officers"));
            agency.groups().supervisors().forEach(group -> officers.ensureGroup(group, agency.name() + ": supervisors"));
        }
        for (DemoProperties.DemoUser demoUser : properties.users()) {
            if (officers.ensureUser(demoUser.id(), demoUser.password(), demoUser.firstName(), demoUser.lastName(),
                    demoUser.groups())) {
                log.info("Demo user {} created in groups {}", demoUser.id(), demoUser.groups());
            }
        }
    }
}
