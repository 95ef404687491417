package org.portcullis.casework.pcs;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Instant;
import java.util.List;
import org.portcullis.model.pcs.PortCallEvent;
import org.portcullis.model.pcs.PortCallEventType;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The port community system's events, each recorded once, and the cases of a port call. */
@Repository
public class PortCallEventRepository {

    private final JdbcClient jdbc;

    public PortCallEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the event; false when its event id was recorded before. */
    boolean recordIfNew(PortCallEvent event, Instant receivedAt) {
        boolean seen = jdbc.sql("select count(*) from port_call_event where event_id = ?").param(event.eventId())
                .query(Integer.class).single() > 0;
        if (seen) {
            return false;
        }
        jdbc.sql("""
                insert into port_call_event (event_id, event_type, vessel_imo, port_of_call, occurred_at,
                    voyage_number, berth, received_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.eventId(), event.type().name(), event.vessel().value(), event.port().value(),
                        utc(event.occurredAt()), event.voyageNumber(), event.berth(), utc(receivedAt))
                .update();
        return true;
    }

    /** The cases of the vessel at the port whose ETA lies between the two instants, oldest first. */
    List<Mrn> casesOfCall(String vesselImo, String portOfCall, Instant etaFrom, Instant etaTo) {
        return jdbc.sql("""
                select mrn from clearance_case where vessel_imo = ? and port_of_call = ? and eta between ? and ?
                order by registered_at""")
                .params(vesselImo, portOfCall, utc(etaFrom), utc(etaTo))
                .query((rs, row) -> Mrn.of(rs.getString("mrn"))).list();
    }

    /** A cleared case and an arrival recorded for its vessel at its port (at any time: the caller checks the ETA). */
    record ClearedCaseArrival(Mrn mrn, String vesselImo, String portOfCall, Instant eta, Instant arrivedAt) {
    }

    /** Every cleared case waiting for its vessel (ASSESSED or CLEARED) whose vessel has arrived at its port. */
    List<ClearedCaseArrival> clearedCasesWithArrivals() {
        return jdbc.sql("""
                select c.mrn, c.vessel_imo, c.port_of_call, c.eta, e.occurred_at from clearance_case c
                join port_call_event e on e.vessel_imo = c.vessel_imo and e.port_of_call = c.port_of_call
                where c.status in ('ASSESSED', 'CLEARED') and e.event_type = 'VESSEL_ARRIVED'
                order by e.occurred_at""")
                .query((rs, row) -> new ClearedCaseArrival(Mrn.of(rs.getString("mrn")), rs.getString("vessel_imo"),
                        rs.getString("port_of_call"), instant(rs, "eta"), instant(rs, "occurred_at")))
                .list();
    }

    /** The events of the vessel at the port that happened between the two instants, in the order they happened. */
    public List<StoredPortCallEvent> eventsOfCall(String vesselImo, String portOfCall, Instant from, Instant to) {
        return jdbc.sql("""
                select * from port_call_event where vessel_imo = ? and port_of_call = ? and occurred_at between ? and ?
                order by occurred_at""")
                .params(vesselImo, portOfCall, utc(from), utc(to))
                .query((rs, row) -> new StoredPortCallEvent(rs.getString("event_id"),
                        PortCallEventType.valueOf(rs.getString("event_type")), instant(rs, "occurred_at"),
                        rs.getString("voyage_number"), rs.getString("berth"), instant(rs, "received_at")))
                .list();
    }
}
