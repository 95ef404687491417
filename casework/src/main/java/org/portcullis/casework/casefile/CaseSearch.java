package org.portcullis.casework.casefile;

import org.portcullis.casework.cases.CaseSummary;
import org.portcullis.casework.cases.CaseFileRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.portcullis.model.search.SqlLike;
import org.portcullis.model.search.Paging;
import org.portcullis.model.assessment.Lane;
import org.portcullis.casework.persistence.SqlTimes;
import org.portcullis.model.clearance.CaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds cases by MRN, LRN, vessel name or IMO number, status and lane; newest first, a page at a time. A page past
 * the last gives the last, as the inbox does.
 */
@Repository
public class CaseSearch {

    private final JdbcClient jdbc;

    public CaseSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Result search(String text, CaseStatus status, Lane lane, int page, int size) {
        return search(text, status, lane, page, size, null);
    }

    /** The search among the cases registered from that moment on (an officer's agencies see no earlier filings). */
    public Result search(String text, CaseStatus status, Lane lane, int page, int size, Instant registeredFrom) {
        return search(text, EnumSet.allOf(TextField.class), status, lane, page, size, registeredFrom);
    }

    /**
     * The same, the text matching the MRN and only these fields (those an officer's agreements give: a case is not
     * found by a field its rows would not show).
     */
    public Result search(String text, Set<TextField> textFields, CaseStatus status, Lane lane, int page, int size,
            Instant registeredFrom) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (registeredFrom != null) {
            conditions.add("c.registered_at >= :registeredFrom");
            parameters.put("registeredFrom", SqlTimes.utc(registeredFrom));
        }
        if (text != null && !text.isBlank()) {
            String exact = text.strip().toUpperCase(Locale.ROOT);
            List<String> matches = new ArrayList<>(List.of("c.mrn = :exact"));
            if (textFields.contains(TextField.LRN)) {
                matches.add("upper(c.lrn) = :exact");
            }
            if (textFields.contains(TextField.VESSEL_IMO)) {
                matches.add("c.vessel_imo = :exact");
            }
            if (textFields.contains(TextField.VESSEL_NAME)) {
                matches.add("upper(c.vessel_name) like :like " + SqlLike.ESCAPE);
                parameters.put("like", SqlLike.containing(exact));
            }
            conditions.add("(" + String.join(" or ", matches) + ")");
            parameters.put("exact", exact);
        }
        if (status != null) {
            conditions.add("c.status = :status");
            parameters.put("status", status.name());
        }
        if (lane != null) {
            conditions.add("c.lane = :lane");
            parameters.put("lane", lane.name());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from clearance_case c" + where).params(parameters)
                .query(Long.class).single();
        int shown = Paging.withinPages(page, total, size);
        parameters.put("limit", size);
        parameters.put("offset", (long) shown * size);
        List<CaseSummary> cases = jdbc.sql(CaseFileRepository.SUMMARY + where
                        + " order by c.registered_at desc, c.mrn desc limit :limit offset :offset")
                .params(parameters).query(CaseFileRepository::map).list();
        return new Result(cases, shown, size, total);
    }

    /**
     * The ports of call of all cases, for filters, in order. A loose index scan: each step takes the next port after
     * the last from the index on {@code port_of_call} (V44), a dozen index look-ups for a dozen ports however many
     * cases there are, where a DISTINCT reads every case on PostgreSQL.
     */
    public List<String> portsOfCall() {
        return jdbc.sql("""
                with recursive ports (port) as (
                    select min(port_of_call) from clearance_case
                    union all
                    select (select min(c.port_of_call) from clearance_case c where c.port_of_call > p.port)
                    from ports p where p.port is not null)
                select port from ports where port is not null order by port""")
                .query(String.class).list();
    }

    /** The fields besides the MRN that the search's text matches. */
    public enum TextField {
        LRN,
        VESSEL_IMO,
        VESSEL_NAME
    }

    /** One page of found cases and how many there are in all. */
    public record Result(List<CaseSummary> cases, int page, int size, long total) {

        public int pageCount() {
            return Paging.pageCount(total, size);
        }
    }
}
