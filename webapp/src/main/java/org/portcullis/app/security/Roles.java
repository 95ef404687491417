package org.portcullis.app.security;

import java.util.Map;

/** The Camunda groups Portcullis knows and the role each gives in the web UI. */
public final class Roles {

    public static final String CLERKS = "clerks";
    public static final String SUPERVISORS = "supervisors";
    public static final String RULE_AUTHORS = "ruleauthors";
    public static final String ADMINS = "camunda-admin";

    public static final String CLERK = "CLERK";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String RULE_AUTHOR = "RULE_AUTHOR";
    public static final String ADMIN = "ADMIN";
    /** A supervisor of an agency (the agencies file's supervisors): reads the agency's access log. */
    public static final String AGENCY_SUPERVISOR = "AGENCY_SUPERVISOR";

    static final Map<String, String> ROLE_BY_GROUP = Map.of(CLERKS, CLERK, SUPERVISORS, SUPERVISOR,
            RULE_AUTHORS, RULE_AUTHOR, ADMINS, ADMIN);

    private Roles() {
    }
}
