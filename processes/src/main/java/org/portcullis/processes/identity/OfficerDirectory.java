package org.portcullis.processes.identity;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * Officers and their groups, kept by the workflow engine's identity service (in the database, managed in Camunda
 * Admin), so that one set of users and groups serves the Portcullis UI, the task candidate groups and Camunda's own
 * web applications.
 */
@Service
public class OfficerDirectory {

    private final IdentityService identity;

    public OfficerDirectory(IdentityService identity) {
        this.identity = identity;
    }

    /** The officer, when the password is theirs. */
    public Optional<OfficerAccount> signIn(String userId, String password) {
        if (userId == null || password == null || !identity.checkPassword(userId, password)) {
            return Optional.empty();
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        return Optional.of(account(userId, user));
    }

    /** The members of a group, by user id. */
    public List<OfficerName> members(String groupId) {
        return identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
                .map(user -> new OfficerName(user.getId(), fullName(user))).toList();
    }

    public boolean isMember(String userId, String groupId) {
        return userId != null && identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
    }

    /** Creates the group unless it exists. */
    public void ensureGroup(String groupId, String name) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identity.newGroup(groupId);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    /** Creates the user in the groups unless a user of that id exists; whether it was created. */
    public boolean ensureUser(String userId, String password, String firstName, String lastName,
            List<String> groups) {
        if (identity.createUserQuery().userId(userId).count() > 0) {
            return false;
        }
        User user = identity.newUser(userId);
        user.setPassword(password);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        identity.saveUser(user);
        groups.forEach(group -> identity.createMembership(userId, group));
        return true;
    }

    private OfficerAccount account(String userId, User user) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .toList();
        String name = user == null ? "" : fullName(user);
        return new OfficerAccount(userId, name.isEmpty() ? userId : name, groups);
    }

    private static String fullName(User user) {
        return ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
    }
}
