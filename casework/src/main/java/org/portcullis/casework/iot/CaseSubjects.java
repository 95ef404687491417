package org.portcullis.casework.iot;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * vessel's MMSI and IMO number; written with the version, in its transaction. Finds the cases an event concerns
 * that a re-assessment can still change.
 */
@Repository
public class CaseSubjects {

    private static final String INSERT = "insert into case_subject (mrn, version, kind, subject) values (?, ?, ?, ?)";

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

    /** The cases whose current filing names the event's container or vessel and whose outcome it may raise. */
    List<Mrn> reassessableCasesConcerned(IotEvent event) {
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
        String statuses = Reassessments.REASSESSABLE.stream().map(status -> "'" + status.name() + "'")
                .collect(Collectors.joining(", "));
        Set<String> mrns = new TreeSet<>();
        for (String[] subject : subjects) {
            mrns.addAll(jdbc.sql("""
                    select distinct c.mrn from case_subject s
                    join clearance_case c on c.mrn = s.mrn and c.current_version = s.version
                    where s.kind = ? and s.subject = ? and c.status in (%s)""".formatted(statuses))
                    .params(subject[0], subject[1]).query(String.class).list());
        }
        return mrns.stream().map(Mrn::of).toList();
    }

    private static String[] row(Kind kind, String subject) {
        return new String[] {kind.name(), subject};
    }
}
