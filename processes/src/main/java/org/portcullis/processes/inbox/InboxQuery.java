package org.portcullis.processes.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.portcullis.model.search.SqlLike;

/**
 * The SQL of one inbox request, run as a Camunda native task query: Camunda's open tasks ({@code T}) of process
 * instances whose business key is the MRN of a clearance case ({@code C}), filtered, ordered and paged in the
 * database. Every value the officer typed is a bound parameter; only whitelisted expressions are concatenated.
 * The case columns it reads ({@code clearance_case}: mrn, port_of_call, vessel_name, vessel_imo, lane, outcome,
 * eta) are the one thing it knows of the application's schema: paging must happen in one statement.
 */
final class InboxQuery {

    private final String from;
    private final String where;
    private final String deadline;
    private final Map<String, Object> parameters;

    private InboxQuery(String from, String where, String deadline, Map<String, Object> parameters) {
        this.from = from;
        this.where = where;
        this.deadline = deadline;
        this.parameters = parameters;
    }

    /**
     * @param tables Camunda's table names of tasks, executions and identity links
     * @param marginMinutes the deadline of a task without a due date of its own: the ETA less this margin
     */
    static InboxQuery of(InboxCriteria filter, Tables tables) {
        String deadline = "COALESCE(T.DUE_DATE_, C.eta - INTERVAL '" + filter.decisionMargin().toMinutes()
                + "' MINUTE)";
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        conditions.add("T.SUSPENSION_STATE_ = 1");
        parameters.put("userId", filter.userId());
        String mine = "T.ASSIGNEE_ = #{userId}";
        String offered = "(T.ASSIGNEE_ IS NULL AND EXISTS (SELECT 1 FROM " + tables.identityLinks() + " I"
                + " WHERE I.TASK_ID_ = T.ID_ AND I.TYPE_ = 'candidate' AND (I.USER_ID_ = #{userId}"
                + groupCondition(filter.groups(), parameters) + ")))";
        conditions.add(switch (filter.scope()) {
            case MINE -> mine;
            case GROUPS -> offered;
            case ALL -> "(" + mine + " OR " + offered + ")";
        });
        if (filter.portCode() != null) {
            conditions.add("C.port_of_call = #{port}");
            parameters.put("port", filter.portCode());
        }
        if (filter.vesselText() != null) {
            conditions.add("(UPPER(C.vessel_name) LIKE #{vesselLike} " + SqlLike.ESCAPE
                    + " OR C.vessel_imo = #{vessel})");
            parameters.put("vesselLike", SqlLike.containing(filter.vesselText().toUpperCase(Locale.ROOT)));
            parameters.put("vessel", filter.vesselText());
        }
        if (filter.lane() != null) {
            conditions.add("C.lane = #{lane}");
            parameters.put("lane", filter.lane().name());
        }
        if (filter.outcome() != null) {
            conditions.add("C.outcome = #{outcome}");
            parameters.put("outcome", filter.outcome().name());
        }
        if (filter.etaFrom() != null) {
            conditions.add("C.eta >= #{etaFrom}");
            parameters.put("etaFrom", Date.from(filter.etaFrom()));
        }
        if (filter.etaTo() != null) {
            conditions.add("C.eta < #{etaTo}");
            parameters.put("etaTo", Date.from(filter.etaTo()));
        }
        Instant now = filter.now();
        switch (filter.deadline()) {
            case OVERDUE -> {
                conditions.add(deadline + " < #{now}");
                parameters.put("now", Date.from(now));
            }
            case DUE_SOON -> {
                conditions.add(deadline + " >= #{now} AND " + deadline + " < #{soon}");
                parameters.put("now", Date.from(now));
                parameters.put("soon", Date.from(now.plus(filter.dueSoon())));
            }
            case ANY -> { }
        }
        String from = " FROM " + tables.tasks() + " T JOIN " + tables.executions() + " P ON P.ID_ = T.PROC_INST_ID_"
                + " JOIN clearance_case C ON C.mrn = P.BUSINESS_KEY_";
        return new InboxQuery(from, " WHERE " + String.join(" AND ", conditions), deadline, parameters);
    }

    String select(InboxSort sort, boolean descending) {
        String direction = descending ? " DESC" : " ASC";
        return "SELECT T.*" + from + where + " ORDER BY " + sort.expression(deadline) + direction
                + ", T.CREATE_TIME_ ASC, T.ID_ ASC";
    }

    String count() {
        return "SELECT COUNT(*)" + from + where;
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    private static String groupCondition(List<String> groups, Map<String, Object> parameters) {
        if (groups.isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            names.add("#{group" + i + "}");
            parameters.put("group" + i, groups.get(i));
        }
        return " OR I.GROUP_ID_ IN (" + String.join(", ", names) + ")";
    }

    /** Camunda's table names, as its management service gives them (with any configured prefix). */
    record Tables(String tasks, String executions, String identityLinks) {
    }
}
