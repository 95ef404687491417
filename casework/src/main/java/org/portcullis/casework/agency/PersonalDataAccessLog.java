package org.portcullis.casework.agency;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.portcullis.casework.ledger.Ledger;
import org.portcullis.casework.ledger.LedgerEntries;
import org.portcullis.sharing.agency.Agencies;
import org.portcullis.sharing.agency.Agency;
import org.portcullis.sharing.disclosure.Disclosure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who saw personal data (crew and passengers) of which case, when, for which agency under which agreement: one entry
 * per agency of the officer whose agreement showed persons. Entries are only ever added (retention takes them away
 * after the agency's period); each agency's supervisors read their own agency's.
 */
@Repository
public class PersonalDataAccessLog {

    private static final List<String> PERSON_FIELDS = List.of("/crew/*/familyName", "/passengers/*/familyName");

    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final Clock clock;
    private final Ledger ledger;

    PersonalDataAccessLog(JdbcClient jdbc, Agencies agencies, Clock clock, Ledger ledger) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.clock = clock;
        this.ledger = ledger;
    }

    /** The agencies (of those given) whose agreement shows persons of a filing registered then. */
    public List<Agency> showingPersons(Collection<String> agencyIds, Instant registeredAt) {
        List<Agency> showing = new ArrayList<>();
        for (String id : agencyIds) {
            var one = Disclosure.forAgencies(agencies, Set.of(id)).forFiling(registeredAt);
            if (PERSON_FIELDS.stream().anyMatch(one::allows)) {
                agencies.byId(id).ifPresent(showing::add);
            }
        }
        return showing;
    }

    /**
     * Records that the officer was shown persons of the case (in a transaction of its own), and logs each entry as a
     * PERSONAL_DATA_ACCESSED leaf of the tamper-evident log, so that an erased or altered row would show.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String officer, List<Agency> showing, String mrn, String shown) {
        recordPerson(officer, showing, mrn, shown, null);
    }

    /** Records that the officer opened one person's record (the person by its history key). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordPerson(String officer, List<Agency> showing, String mrn, String shown, String personKey) {
        Instant now = clock.instant();
        for (Agency agency : showing) {
            jdbc.sql("""
                    insert into personal_data_access (accessed_at, officer, agency, legal_basis, mrn, shown, person_key)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(utc(now), officer, agency.id(), cut(agency.agreement().legalBasis(), 1000), mrn,
                            cut(shown, 200), personKey == null ? null : cut(personKey, 400))
                    .update();
            ledger.record(LedgerEntries.personalDataAccessed(officer, agency.id(),
                    cut(agency.agreement().legalBasis(), 1000), mrn, cut(shown, 200), now), null);
        }
    }

    /** Who opened the record of the person with this key, newest first (of the agencies given). */
    public List<Entry> ofPerson(String personKey, Collection<String> agencyIds) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select accessed_at, officer, agency, legal_basis, mrn, shown from personal_data_access
                where person_key = :key and agency in (:agencies) order by accessed_at desc, id desc limit 200""")
                .param("key", personKey).param("agencies", agencyIds).query(PersonalDataAccessLog::entry).list();
    }

    /** The latest entries of the agencies, newest first. */
    public List<Entry> ofAgencies(Collection<String> agencyIds, int limit) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select accessed_at, officer, agency, legal_basis, mrn, shown from personal_data_access
                where agency in (:agencies) order by accessed_at desc, id desc limit :limit""")
                .param("agencies", agencyIds).param("limit", limit).query(PersonalDataAccessLog::entry).list();
    }

    /** Who looked at the persons of a case, newest first (of the agencies given). */
    public List<Entry> ofCase(String mrn, Collection<String> agencyIds) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select accessed_at, officer, agency, legal_basis, mrn, shown from personal_data_access
                where mrn = :mrn and agency in (:agencies) order by accessed_at desc, id desc limit 200""")
                .param("mrn", mrn).param("agencies", agencyIds).query(PersonalDataAccessLog::entry).list();
    }

    private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Entry(instant(rs, "accessed_at"), rs.getString("officer"), rs.getString("agency"),
                rs.getString("legal_basis"), rs.getString("mrn"), rs.getString("shown"));
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /** One view of personal data. */
    public record Entry(Instant accessedAt, String officer, String agency, String legalBasis, String mrn,
            String shown) {
    }
}
