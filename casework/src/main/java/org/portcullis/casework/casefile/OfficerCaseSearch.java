package org.portcullis.casework.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.portcullis.casework.agency.AgencyRecords;
import org.portcullis.casework.cases.CaseSummary;
import org.portcullis.model.agency.ClearanceState;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.search.Paging;
import org.portcullis.sharing.agency.Agencies;
import org.portcullis.sharing.agency.Agency;
import org.portcullis.sharing.disclosure.Disclosure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case search as one officer may see it, the only way the search page and its CSV read found cases: cases
 * registered from the first day the officer's agencies see, each row holding only what the agreements that apply to
 * that filing give ({@link CaseRow}). The page and the CSV take the same rows, so neither shows what the other may
 * not. No row names a person, so a search writes nothing to the access log.
 */
@Service
public class OfficerCaseSearch {

    /** The most cases one CSV of a search holds; a search that finds more is to be narrowed. */
    public static final int CSV_LIMIT = 10_000;
    private static final int CHUNK = 500;

    private final CaseSearch search;
    private final Agencies agencies;
    private final AgencyRecords records;
    private final JdbcClient jdbc;

    public OfficerCaseSearch(CaseSearch search, Agencies agencies, AgencyRecords records, JdbcClient jdbc) {
        this.search = search;
        this.agencies = agencies;
        this.records = records;
        this.jdbc = jdbc;
    }

    /** One page of the cases found, newest first (a page past the last gives the last). */
    @Transactional(readOnly = true)
    public Found page(Collection<String> groups, String text, CaseStatus status, Lane lane, int page, int size) {
        return find(groups, text, status, lane, page, size);
    }

    /**
     * Every case found, newest first, for the CSV: at most {@link #CSV_LIMIT}; {@link Found#complete()} says whether
     * that was all.
     */
    @Transactional(readOnly = true)
    public Found all(Collection<String> groups, String text, CaseStatus status, Lane lane) {
        return find(groups, text, status, lane, 0, CSV_LIMIT);
    }

    private Found find(Collection<String> groups, String text, CaseStatus status, Lane lane, int page, int size) {
        Disclosure disclosure = Disclosure.forGroups(agencies, groups);
        Optional<Instant> from = disclosure.seesFilingsFrom();
        List<String> columns = CaseColumns.of(disclosure, agencies.all().stream().map(Agency::id).toList());
        if (from.isEmpty()) {
            return new Found(columns, List.of(), 0, size, 0);
        }
        CaseSearch.Result result = search.search(text, CaseColumns.searchable(disclosure), status, lane, page, size,
                from.get());
        List<String> mrns = result.cases().stream().map(CaseSummary::mrn).toList();
        Map<String, Map<String, ClearanceState>> states = new HashMap<>();
        Map<String, Map<String, Integer>> persons = new HashMap<>();
        for (int start = 0; start < mrns.size(); start += CHUNK) {
            List<String> chunk = mrns.subList(start, Math.min(mrns.size(), start + CHUNK));
            states.putAll(records.states(chunk));
            persons.putAll(personCounts(chunk));
        }
        Map<LocalDate, Disclosure> byDay = new HashMap<>();
        List<CaseRow> rows = new ArrayList<>();
        for (CaseSummary summary : result.cases()) {
            Disclosure shown = byDay.computeIfAbsent(LocalDate.ofInstant(summary.registeredAt(), ZoneOffset.UTC),
                    day -> disclosure.forFiling(summary.registeredAt()));
            rows.add(row(summary, shown, states.getOrDefault(summary.mrn(), Map.of()),
                    persons.getOrDefault(summary.mrn(), Map.of())));
        }
        return new Found(columns, rows, result.page(), result.size(), result.total());
    }

    private static CaseRow row(CaseSummary c, Disclosure shown, Map<String, ClearanceState> states,
            Map<String, Integer> persons) {
        return new CaseRow(c.mrn(), c.carrierId(),
                shown.allows(CaseColumns.LRN) ? c.lrn() : null,
                shown.allows(CaseColumns.VESSEL_IMO) ? c.vesselImo() : null,
                shown.allows(CaseColumns.VESSEL_NAME) ? c.vesselName() : null,
                shown.allows(CaseColumns.PORT_OF_CALL) ? c.portOfCall() : null,
                shown.allows(CaseColumns.ETA) ? c.eta() : null,
                c.status(), c.lane(), c.registeredAt(),
                shown.allows(CaseColumns.CONSIGNMENTS) ? c.consignmentCount() : null,
                shown.allows(CaseColumns.CREW) ? persons.getOrDefault("CREW", 0) : null,
                shown.allows(CaseColumns.PASSENGERS) ? persons.getOrDefault("PASSENGER", 0) : null,
                states);
    }

    /** How many crew members and passengers the current version of each case lists, by case and role. */
    private Map<String, Map<String, Integer>> personCounts(List<String> mrns) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        jdbc.sql("""
                select p.mrn, p.role, count(*) as persons from filing_person p
                join clearance_case c on c.mrn = p.mrn and c.current_version = p.version
                where p.mrn in (:mrns) group by p.mrn, p.role""")
                .param("mrns", mrns)
                .query((rs, row) -> counts.computeIfAbsent(rs.getString("mrn"), mrn -> new HashMap<>())
                        .put(rs.getString("role"), rs.getInt("persons")))
                .list();
        return counts;
    }

    /**
     * The cases found as the officer may see them, the columns the officer's agreements give (those a CSV has, in
     * order), the page shown and how many cases there are in all.
     */
    public record Found(List<String> columns, List<CaseRow> cases, int page, int size, long total) {

        public int pageCount() {
            return Paging.pageCount(total, size);
        }

        /** False when the search found more cases than these rows hold. */
        public boolean complete() {
            return cases.size() >= total;
        }
    }
}
