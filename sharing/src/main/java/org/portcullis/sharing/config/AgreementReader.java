package org.portcullis.sharing.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portcullis.sharing.agency.SharingAgreement;
import org.portcullis.sharing.agency.SharingAgreement.FilingsFrom;
import org.portcullis.sharing.field.FieldPattern;
import org.portcullis.sharing.field.FilingFields;

/** Reads one agency's data-sharing agreement, every field it names checked against the published filing schema. */
final class AgreementReader {

    private static final Set<String> KEYS = Set.of("legalBasis", "retention", "filingsFrom", "sees", "except",
            "reasonsOf");

    private final Problems problems;
    private final FilingFields fields;

    AgreementReader(Problems problems, FilingFields fields) {
        this.problems = problems;
        this.fields = fields;
    }

    /** The agreement, or null when it is missing or unusable (the problems say why). */
    SharingAgreement read(JsonNode agreement, String at) {
        if (agreement == null || !agreement.isObject()) {
            problems.add(at, "the agency has no \"agreement\" mapping",
                    "give legalBasis, retention and sees (the fields it may see)");
            return null;
        }
        problems.onlyKnownKeys(agreement, at, KEYS);
        String legalBasis = problems.text(agreement, "legalBasis", at, true,
                "name the law or agreement that lets this agency see filings");
        Period retention = retention(agreement, at);
        FilingsFrom from = filingsFrom(agreement, at);
        List<FieldPattern> sees = patterns(agreement, "sees", at, true);
        List<FieldPattern> except = patterns(agreement, "except", at, false);
        Set<String> reasonsOf = new LinkedHashSet<>(problems.texts(agreement, "reasonsOf", at, false,
                "agency ids whose findings' and decisions' reasons this agency may read"));
        if (legalBasis == null || retention == null || from == null) {
            return null;
        }
        return new SharingAgreement(legalBasis, retention, from, sees, except, reasonsOf);
    }

    private Period retention(JsonNode agreement, String at) {
        String text = problems.text(agreement, "retention", at, true, "an ISO 8601 period such as P5Y or P18M");
        if (text == null) {
            return null;
        }
        try {
            Period period = Period.parse(text);
            if (!period.isNegative() && !period.isZero()) {
                return period;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(at + "/retention", "retention \"" + text + "\" is not a positive ISO 8601 period",
                "write P5Y for five years, P18M for eighteen months, P90D for ninety days");
        return null;
    }

    private FilingsFrom filingsFrom(JsonNode agreement, String at) {
        String text = problems.text(agreement, "filingsFrom", at, false, null);
        if (text == null || text.equals("joined")) {
            return new FilingsFrom(FilingsFrom.Kind.JOINED, null);
        }
        if (text.equals("all")) {
            return new FilingsFrom(FilingsFrom.Kind.ALL, null);
        }
        try {
            return new FilingsFrom(FilingsFrom.Kind.DATE, LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(at + "/filingsFrom", "filingsFrom \"" + text + "\" is not joined, all or a date",
                    "joined (the default: filings from the day the agency joined), all, or a day like 2026-06-01");
            return null;
        }
    }

    private List<FieldPattern> patterns(JsonNode agreement, String field, String at, boolean required) {
        List<FieldPattern> patterns = new ArrayList<>();
        List<String> texts = problems.texts(agreement, field, at, required,
                "fields of the filing as JSON Pointers, * for every entry of a list: /crew/*/familyName");
        for (int i = 0; i < texts.size(); i++) {
            String pointer = at + "/" + field + "/" + i;
            try {
                FieldPattern pattern = FieldPattern.parse(texts.get(i));
                Optional<String> problem = fields.problem(pattern);
                if (problem.isPresent()) {
                    problems.add(pointer, "unknown field " + texts.get(i), problem.get());
                } else {
                    patterns.add(pattern);
                }
            } catch (IllegalArgumentException e) {
                problems.add(pointer, "\"" + texts.get(i) + "\" is not a field of the filing", e.getMessage());
            }
        }
        return patterns;
    }
}
