package org.portcullis.rules.agency;

import java.util.Objects;
import java.util.Set;

/**
 * An agency and the rule folders its assessment runs (the agencies file's {@code rules}: customs
 * {@code validation, targeting, selection}, port health {@code health}, border police {@code persons}).
 */
public record AgencyRules(String agency, Set<String> folders) {

    public AgencyRules {
        Objects.requireNonNull(agency, "agency");
        folders = Set.copyOf(folders);
        if (folders.isEmpty()) {
            throw new IllegalArgumentException("agency " + agency + " has no rule folders");
        }
    }

    /** The convention when no agencies file says otherwise: the agency's rules are the folder of its own id. */
    public static AgencyRules ofOwnFolder(String agency) {
        return new AgencyRules(agency, Set.of(agency));
    }
}
