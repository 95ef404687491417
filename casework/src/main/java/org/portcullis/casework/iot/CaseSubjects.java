package org.portcullis.casework.iot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.portcullis.casework.persistence.Rows;
import org.portcullis.casework.reassessment.Reassessments;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.iot.CaseEvents;
import org.portcullis.model.iot.ContainerEvent;
import org.portcullis.model.iot.IotEvent;
import org.portcullis.model.iot.VesselPosition;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each filing version names that sensors report on ({@code case_subject}): its containers (ISO 6346), its
 * vessel's MMSI and IMO number; written with the version, in its transaction. Finds the cases events concern
 * that a re-assessment can still change.
 */
@Repository
public class CaseSubjects {

    private static final String INSERT = "insert into case_subject (mrn, version, kind, subject) values (?, ?, ?, ?)";

    /** Subjects per query: keeps the statement's IN list well within what databases take. */
    private static final int SUBJECTS_PER_QUERY = 500;
    private static final Comparator<Mrn> BY_VALUE = Comparator.comparing(Mrn::value);

    private enum Kind { CONTAINER, MMSI, IMO }

    private final JdbcTemplate batches;
    private final JdbcClient jdbc;

    public CaseSubjects(JdbcTemplate batches, JdbcClient jdbc) {
        this.batches = batches;
        this.jdbc = jdbc;
    }

    /** Records what the version of the case's filing names. */
    public void insert(String mrn, int version, Filing filing) {
        List<String[]> rows = new ArrayList<>();
        CaseEvents.containers(filing).forEach(container -> rows.add(row(Kind.CONTAINER, container.value())));
        if (filing.vessel().mmsi() != null) {
            rows.add(row(Kind.MMSI, filing.vessel().mmsi()));
        }
        rows.add(row(Kind.IMO, filing.vessel().imoNumber().value()));
        Rows.insert(batches, INSERT, rows.size(), (statement, position) -> {
            statement.setString(1, mrn);
            statement.setInt(2, version);
            statement.setString(3, rows.get(position)[0]);
            statement.setString(4, rows.get(position)[1]);
        });
    }

    /**
     * For each event, the cases whose current filing names its container or vessel and whose outcome it may raise;
     * one query per kind of subject (and up to 500 subjects) for all the events.
     */
    List<Set<Mrn>> reassessableCasesConcerned(List<IotEvent> events) {
        List<List<String[]>> subjectsOfEvents = events.stream().map(CaseSubjects::subjects).toList();
        Map<String, Set<String>> wanted = new TreeMap<>();
        subjectsOfEvents.forEach(subjects -> subjects.forEach(subject ->
                wanted.computeIfAbsent(subject[0], kind -> new TreeSet<>()).add(subject[1])));
        Map<String, Set<Mrn>> casesBySubject = new HashMap<>();
        wanted.forEach((kind, values) -> casesOf(kind, List.copyOf(values)).forEach(found -> casesBySubject
                .computeIfAbsent(kind + ':' + found.getKey(), key -> new TreeSet<>(BY_VALUE)).add(found.getValue())));
        return subjectsOfEvents.stream().map(subjects -> {
            Set<Mrn> cases = new TreeSet<>(BY_VALUE);
            subjects.forEach(subject -> cases.addAll(casesBySubject.getOrDefault(subject[0] + ':' + subject[1],
                    Set.of())));
            return cases;
        }).toList();
    }

    /** The pairs of subject and reassessable case of one kind of subject, for the subjects given. */
    private List<Map.Entry<String, Mrn>> casesOf(String kind, List<String> values) {
        String statuses = Reassessments.REASSESSABLE.stream().map(status -> "'" + status.name() + "'")
                .collect(Collectors.joining(", "));
        List<Map.Entry<String, Mrn>> found = new ArrayList<>();
        for (int from = 0; from < values.size(); from += SUBJECTS_PER_QUERY) {
            List<String> chunk = values.subList(from, Math.min(values.size(), from + SUBJECTS_PER_QUERY));
            List<Object> params = new ArrayList<>(chunk.size() + 1);
            params.add(kind);
            params.addAll(chunk);
            found.addAll(jdbc.sql("""
                    select distinct s.subject, c.mrn from case_subject s
                    join clearance_case c on c.mrn = s.mrn and c.current_version = s.version
                    where s.kind = ? and s.subject in (%s) and c.status in (%s)""".formatted(
                            chunk.stream().map(value -> "?").collect(Collectors.joining(", ")), statuses))
                    .params(params)
                    .query((rs, row) -> Map.entry(rs.getString("subject"), Mrn.of(rs.getString("mrn")))).list());
        }
        return found;
    }

    /** What an event is about: its container, or its vessel's MMSI and IMO number. */
    private static List<String[]> subjects(IotEvent event) {
        List<String[]> subjects = new ArrayList<>();
        if (event instanceof ContainerEvent container) {
            subjects.add(row(Kind.CONTAINER, container.container().value()));
        } else {
            VesselPosition vessel = (VesselPosition) event;
            subjects.add(row(Kind.MMSI, vessel.mmsi().value()));
            if (vessel.imoNumber() != null) {
                subjects.add(row(Kind.IMO, vessel.imoNumber().value()));
            }
        }
        return subjects;
    }

    private static String[] row(Kind kind, String subject) {
        return new String[] {kind.name(), subject};
    }
}
