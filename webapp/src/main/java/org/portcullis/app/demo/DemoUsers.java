package org.portcullis.app.demo;

import org.portcullis.casework.demo.DemoProperties;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.portcullis.app.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the officers' groups and the demo users of the demo profile, once, when the engine has started. */
@Component
@Profile("demo")
class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identity;
    private final DemoProperties properties;

    DemoUsers(IdentityService identity, DemoProperties properties) {
        this.identity = identity;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    void createDemoUsers() {
        createGroup(Roles.CLERKS, "Customs clerks");
        createGroup(Roles.SUPERVISORS, "Customs supervisors");
        createGroup(Roles.RULE_AUTHORS, "Rule authors");
        for (DemoProperties.DemoUser demoUser : properties.users()) {
            if (identity.createUserQuery().userId(demoUser.id()).count() > 0) {
                continue;
            }
            User user = identity.newUser(demoUser.id());
            user.setPassword(demoUser.password());
            user.setFirstName(demoUser.firstName());
            user.setLastName(demoUser.lastName());
            identity.saveUser(user);
            demoUser.groups().forEach(group -> identity.createMembership(demoUser.id(), group));
            log.info("Demo user {} created in groups {}", demoUser.id(), demoUser.groups());
        }
    }

    private void createGroup(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }
}
