package org.portcullis.casework.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.portcullis.sharing.disclosure.Disclosure;

/**
 * The columns of a found case ({@link CaseRow}) as a CSV names them, and the filing field each value comes from: a
 * column whose field no agreement of the officer gives is left out, so that neither its value nor its name is sent.
 * The agencies' states come last, one column per agency of the deployment ({@code clearance.health}).
 */
public final class CaseColumns {

    static final String LRN = "/header/lrn";
    static final String VESSEL_IMO = "/vessel/imoNumber";
    static final String VESSEL_NAME = "/vessel/name";
    static final String PORT_OF_CALL = "/portCall/portOfCall";
    static final String ETA = "/portCall/eta";
    static final String CONSIGNMENTS = "/consignments/*/transportDocumentNumber";
    static final String CREW = "/crew/*/familyName";
    static final String PASSENGERS = "/passengers/*/familyName";
    private static final String STATE = "clearance.";

    /** Every column but the states, in order; field null: the case's own data, which every officer of it sees. */
    private static final List<Column> COLUMNS = List.of(
            new Column("mrn", null, CaseRow::mrn),
            new Column("carrier", null, CaseRow::carrierId),
            new Column("lrn", LRN, CaseRow::lrn),
            new Column("vesselImo", VESSEL_IMO, CaseRow::vesselImo),
            new Column("vesselName", VESSEL_NAME, CaseRow::vesselName),
            new Column("portOfCall", PORT_OF_CALL, CaseRow::portOfCall),
            new Column("eta", ETA, CaseRow::eta),
            new Column("registeredAt", null, CaseRow::registeredAt),
            new Column("status", null, CaseRow::status),
            new Column("lane", null, CaseRow::lane),
            new Column("consignments", CONSIGNMENTS, CaseRow::consignments),
            new Column("crew", CREW, CaseRow::crew),
            new Column("passengers", PASSENGERS, CaseRow::passengers),
            new Column("portCall", null, CaseRow::portCallState));

    private CaseColumns() {
    }

    /** The columns the disclosure gives, in order, with one state column per agency. */
    static List<String> of(Disclosure disclosure, List<String> agencyIds) {
        List<String> names = new ArrayList<>();
        COLUMNS.stream().filter(column -> column.field() == null || disclosure.allows(column.field()))
                .forEach(column -> names.add(column.name()));
        agencyIds.forEach(agency -> names.add(STATE + agency));
        return names;
    }

    /** The fields the search's text may match for an officer with this disclosure: those its rows show. */
    static Set<CaseSearch.TextField> searchable(Disclosure disclosure) {
        Set<CaseSearch.TextField> fields = EnumSet.noneOf(CaseSearch.TextField.class);
        if (disclosure.allows(LRN)) {
            fields.add(CaseSearch.TextField.LRN);
        }
        if (disclosure.allows(VESSEL_IMO)) {
            fields.add(CaseSearch.TextField.VESSEL_IMO);
        }
        if (disclosure.allows(VESSEL_NAME)) {
            fields.add(CaseSearch.TextField.VESSEL_NAME);
        }
        return fields;
    }

    /** The row's values by column, as text (times in ISO 8601, UTC); a value not shown is absent. */
    public static Map<String, String> cells(CaseRow row) {
        Map<String, String> cells = new LinkedHashMap<>();
        COLUMNS.forEach(column -> put(cells, column.name(), column.value().apply(row)));
        row.states().forEach((agency, state) -> put(cells, STATE + agency, state));
        return cells;
    }

    private static void put(Map<String, String> cells, String column, Object value) {
        if (value != null) {
            cells.put(column, value instanceof Instant at ? at.toString() : value.toString());
        }
    }

    private record Column(String name, String field, Function<CaseRow, Object> value) {
    }
}
