package org.portcullis.sharing.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One agency of a deployment: its id (stable, used in records and rule mappings), its name, the Camunda groups of its
 * officers and supervisors, the rule folders its assessment runs, the day it joined the deployment (null: from the
 * start) and its data-sharing agreement.
 */
public record Agency(String id, String name, AgencyGroups groups, List<String> ruleFolders, LocalDate joined,
        SharingAgreement agreement) {

    public Agency {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(groups, "groups");
        ruleFolders = List.copyOf(ruleFolders);
        Objects.requireNonNull(agreement, "agreement");
    }
}
