package org.portcullis.casework.officerdata;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A person of a filing in the persons history ({@code filing_person}, V90): its key, and the port calls (current
 * filing versions) that list the same person: by the travel document's key, or by the name words and the date of
 * birth. Cancelled cases count too: the person was announced on that vessel.
 */
@Repository
class PersonPortCalls {

    private final JdbcClient jdbc;

    PersonPortCalls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The history's record of the person at that position of the case's current version. */
    Optional<Listed> listed(String mrn, int position) {
        return jdbc.sql("""
                select p.document_key, p.name_words_key, p.date_of_birth from filing_person p
                join clearance_case c on c.mrn = p.mrn and c.current_version = p.version
                where p.mrn = ? and p.position = ?""").params(mrn, position)
                .query((rs, row) -> {
                    java.sql.Date born = rs.getDate("date_of_birth");
                    return new Listed(mrn, position, rs.getString("document_key"), rs.getString("name_words_key"),
                            born == null ? null : born.toLocalDate());
                }).optional();
    }

    /** The port calls listing the person, registered from that instant on, latest arrival first (at most 100). */
    List<PortCallSeen> of(Listed person, Instant registeredFrom) {
        return jdbc.sql("""
                select c.mrn, c.vessel_imo, c.vessel_name, c.port_of_call, c.eta, c.status, p.role
                from filing_person p join clearance_case c on c.mrn = p.mrn and c.current_version = p.version
                where c.registered_at >= :from and ((c.mrn = :mrn and p.position = :position)
                    or p.document_key = :documentKey
                    or (p.name_words_key = :nameWords and p.date_of_birth = :born))
                order by c.eta desc, c.mrn limit 100""")
                .param("from", utc(registeredFrom)).param("mrn", person.mrn()).param("position", person.position())
                .param("documentKey", person.documentKey()).param("nameWords", person.nameWordsKey())
                .param("born", person.dateOfBirth())
                .query((rs, row) -> new PortCallSeen(rs.getString("mrn"), rs.getString("vessel_imo"),
                        rs.getString("vessel_name"), rs.getString("port_of_call"), instant(rs, "eta"),
                        rs.getString("status"), rs.getString("role")))
                .list().stream().distinct().toList();
    }

    /** One person of the history: where it is listed and its keys. */
    record Listed(String mrn, int position, String documentKey, String nameWordsKey, LocalDate dateOfBirth) {

        /** The key the access log names the person by: the document's, else the name words and birth date. */
        String accessKey() {
            return documentKey != null ? "document:" + documentKey : "name:" + nameWordsKey + "|" + dateOfBirth;
        }
    }

    /** A port call that listed the person. */
    public record PortCallSeen(String mrn, String vesselImo, String vesselName, String portOfCall, Instant eta,
            String status, String role) {
    }
}
