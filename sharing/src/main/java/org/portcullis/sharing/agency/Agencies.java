package org.portcullis.sharing.agency;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agencies of a deployment, as its agencies file names them: who they are, which groups work for them, which
 * rule folders they run and what each may see. Immutable; built by {@link org.portcullis.sharing.config.AgenciesFile}.
 */
public final class Agencies {

    private final Map<String, Agency> byId = new LinkedHashMap<>();

    public Agencies(List<Agency> agencies) {
        agencies.forEach(agency -> {
            if (byId.putIfAbsent(agency.id(), agency) != null) {
                throw new IllegalArgumentException("agency " + agency.id() + " is named twice");
            }
        });
    }

    public List<Agency> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Agency> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The agencies whose officer or supervisor groups include one of the user's groups, in file order. */
    public List<Agency> ofGroups(Collection<String> groups) {
        return byId.values().stream().filter(agency -> agency.groups().all().stream().anyMatch(groups::contains))
                .toList();
    }

    /** The ids of the agencies whose supervisor groups include one of the user's groups, in file order. */
    public List<String> supervisedBy(Collection<String> groups) {
        return byId.values().stream()
                .filter(agency -> agency.groups().supervisors().stream().anyMatch(groups::contains))
                .map(Agency::id).toList();
    }

    /** The agencies whose case files members of these groups read: those they work for and those they read for. */
    public List<Agency> readBy(Collection<String> groups) {
        return byId.values().stream().filter(agency -> agency.groups().reading().stream().anyMatch(groups::contains))
                .toList();
    }

    /** The agency whose assessment runs the rule folder, if any. */
    public Optional<Agency> ofRuleFolder(String folder) {
        return byId.values().stream().filter(agency -> agency.ruleFolders().contains(folder)).findFirst();
    }
}
