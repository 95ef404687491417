package org.portcullis.casework.agency;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An agency's dashboard figures: its port calls by state, and the outcomes of its latest assessments. */
@Repository
public class AgencyFigures {

    private final JdbcClient jdbc;

    AgencyFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many cases each of the agencies has in each state (pending, cleared, held). */
    public List<Count> states(Collection<String> agencies) {
        if (agencies.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select agency, state as label, count(*) as n from agency_clearance where agency in (:agencies)
                group by agency, state order by agency, state""")
                .param("agencies", agencies).query((rs, row) -> new Count(rs.getString("agency"),
                        rs.getString("label"), rs.getLong("n"))).list();
    }

    /** The outcomes of each agency's latest assessment per case (the lead's own are on its dashboard). */
    public List<Count> outcomes(Collection<String> agencies) {
        if (agencies.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select a.agency, a.outcome as label, count(*) as n from agency_assessment a
                where a.agency in (:agencies) and a.id = (select max(b.id) from agency_assessment b
                    where b.mrn = a.mrn and b.agency = a.agency)
                group by a.agency, a.outcome order by a.agency, a.outcome""")
                .param("agencies", agencies).query((rs, row) -> new Count(rs.getString("agency"),
                        rs.getString("label"), rs.getLong("n"))).list();
    }

    /** One figure: the agency, what is counted (a state or an outcome) and how many. */
    public record Count(String agency, String label, long count) {
    }
}
