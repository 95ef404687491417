package org.portcullis.sharing.agency;

import java.util.List;
import java.util.stream.Stream;

/** The Camunda groups whose members work for an agency: its officers and its supervisors. */
public record AgencyGroups(List<String> officers, List<String> supervisors) {

    public AgencyGroups {
        officers = List.copyOf(officers);
        supervisors = List.copyOf(supervisors);
    }

    public List<String> all() {
        return Stream.concat(officers.stream(), supervisors.stream()).toList();
    }
}
