package org.portcullis.casework.persons;

import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.portcullis.casework.persistence.SqlTimes;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.filing.PersonRole;
import org.portcullis.rules.history.PersonHistory;
import org.portcullis.rules.history.PersonSighting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The persons rules' history over the stored filings: the crew and passenger lists ({@code filing_person}) of the
 * current version of every other case that was not cancelled, by the day its vessel arrives (the ETA, in UTC). Read
 * only; the keys are looked up in chunks, so a cruise ship's thousands of persons are a few statements.
 */
@Repository
public class StoredPersonHistory implements PersonHistory {

    private static final int CHUNK = 500;
    private static final String LISTED = """
            select c.mrn, p.position, c.vessel_imo, c.vessel_name, c.port_of_call, c.eta, p.role, p.family_name,
                p.given_names, p.date_of_birth, p.document_number
            from filing_person p join clearance_case c on c.mrn = p.mrn and c.current_version = p.version
            """;

    private final JdbcClient jdbc;

    public StoredPersonHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonSighting> sightings(Set<String> documentKeys, Set<String> nameWordsKeys, LocalDate from,
            LocalDate to, String excludedMrn) {
        Map<String, PersonSighting> found = new LinkedHashMap<>();
        lookUp("p.document_key", documentKeys, from, to, excludedMrn, found);
        lookUp("p.name_words_key", nameWordsKeys, from, to, excludedMrn, found);
        return new ArrayList<>(found.values());
    }

    private void lookUp(String column, Set<String> keys, LocalDate from, LocalDate to, String excludedMrn,
            Map<String, PersonSighting> found) {
        List<String> all = new ArrayList<>(keys);
        for (int start = 0; start < all.size(); start += CHUNK) {
            jdbc.sql(LISTED + " where " + column + " in (:keys) and c.mrn <> :mrn and c.status <> :cancelled"
                    + " and c.eta >= :from and c.eta < :to")
                    .param("keys", all.subList(start, Math.min(start + CHUNK, all.size())))
                    .param("mrn", excludedMrn == null ? "" : excludedMrn)
                    .param("cancelled", CaseStatus.CANCELLED.name())
                    .param("from", utc(from.atStartOfDay(ZoneOffset.UTC).toInstant()))
                    .param("to", utc(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                    .query((rs, row) -> Map.entry(rs.getString("mrn") + "/" + rs.getInt("position"), sighting(rs)))
                    .list()
                    .forEach(listing -> found.putIfAbsent(listing.getKey(), listing.getValue()));
        }
    }

    @Override
    public List<PersonSighting> previousCrewList(String vesselImoNumber, LocalDate before, String excludedMrn) {
        return jdbc.sql("""
                select mrn from clearance_case where vessel_imo = ? and mrn <> ? and status <> ? and eta < ?
                order by eta desc, mrn desc limit 1""")
                .params(vesselImoNumber, excludedMrn == null ? "" : excludedMrn, CaseStatus.CANCELLED.name(),
                        utc(before.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .query(String.class).optional()
                .map(mrn -> jdbc.sql(LISTED + " where c.mrn = ? and p.role = ? order by p.position")
                        .params(mrn, PersonRole.CREW.name())
                        .query((rs, row) -> sighting(rs)).list())
                .orElse(List.of());
    }

    private static PersonSighting sighting(ResultSet rs) throws SQLException {
        java.sql.Date born = rs.getDate("date_of_birth");
        return new PersonSighting(rs.getString("mrn"), rs.getString("vessel_imo"), rs.getString("vessel_name"),
                rs.getString("port_of_call"), LocalDate.ofInstant(SqlTimes.instant(rs, "eta"), ZoneOffset.UTC),
                PersonRole.valueOf(rs.getString("role")), rs.getString("family_name"), rs.getString("given_names"),
                born == null ? null : born.toLocalDate(), rs.getString("document_number"));
    }
}
