package org.portcullis.processes.identity;

import java.util.List;

/** An officer's account as the workflow's identity service keeps it: user id, name to show, and groups. */
public record OfficerAccount(String userId, String displayName, List<String> groups) {

    public OfficerAccount {
        groups = List.copyOf(groups);
    }
}
