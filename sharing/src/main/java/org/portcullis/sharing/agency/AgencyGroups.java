package org.portcullis.sharing.agency;

import java.util.List;
import java.util.stream.Stream;

/**
 * The Camunda groups of an agency: its officers and supervisors, who work on its cases, and its readers, who read its
 * case files without working on them (rule authors who check how their rules read on a case).
 */
public record AgencyGroups(List<String> officers, List<String> supervisors, List<String> readers) {

    public AgencyGroups {
        officers = List.copyOf(officers);
        supervisors = List.copyOf(supervisors);
        readers = List.copyOf(readers);
    }

    public AgencyGroups(List<String> officers, List<String> supervisors) {
        this(officers, supervisors, List.of());
    }

    /** The groups that work for the agency: officers and supervisors. */
    public List<String> all() {
        return Stream.concat(officers.stream(), supervisors.stream()).toList();
    }

    /** The groups that read the agency's case files: those that work for it and its readers. */
    public List<String> reading() {
        return Stream.concat(all().stream(), readers.stream()).toList();
    }
}
