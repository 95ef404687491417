package org.portcullis.casework.agency;

import java.util.Set;
import java.util.function.Function;
import org.portcullis.rules.agency.AgencyRules;
import org.portcullis.sharing.agency.Agencies;

/**
 * An agency's rule folders as the agencies file gives them (border police: {@code persons}), for scenarios and
 * backtests that name an agency by its id; an id the file does not define takes the folder of its own name.
 */
public final class AgencyRuleFolders {

    private AgencyRuleFolders() {
    }

    public static Function<String, AgencyRules> of(Agencies agencies) {
        return id -> agencies.byId(id).map(agency -> new AgencyRules(id, Set.copyOf(agency.ruleFolders())))
                .orElseGet(() -> AgencyRules.ofOwnFolder(id));
    }
}
