package org.portcullis.sharing.agency;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.portcullis.sharing.field.FieldPattern;

/**
 * What an agency may see of a filing and its case, and on what terms: its legal basis, how long it keeps what it
 * saw, from which filings on it sees them, the fields it sees ({@code sees}, less {@code except}), and whose
 * findings and decisions it may read the reasons of (beside its own; of every other agency it sees only that a
 * finding or decision exists, whose, and its outcome).
 */
public record SharingAgreement(String legalBasis, Period retention, FilingsFrom filingsFrom, List<FieldPattern> sees,
        List<FieldPattern> except, Set<String> reasonsOf) {

    public SharingAgreement {
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(filingsFrom, "filingsFrom");
        sees = List.copyOf(sees);
        except = List.copyOf(except);
        reasonsOf = Set.copyOf(reasonsOf);
    }

    /** True when the agreement discloses the field or element at the pointer (array positions as numbers). */
    public boolean discloses(List<String> path) {
        return sees.stream().anyMatch(pattern -> pattern.covers(path))
                && except.stream().noneMatch(pattern -> pattern.covers(path));
    }

    /** True when some field below the pointer may be disclosed, so that a projection must look inside it. */
    public boolean reachesInto(List<String> path) {
        return sees.stream().anyMatch(pattern -> pattern.covers(path) || pattern.startsBelow(path));
    }

    /** From which filings on an agency sees them. */
    public record FilingsFrom(Kind kind, LocalDate date) {

        public FilingsFrom {
            Objects.requireNonNull(kind, "kind");
            if (kind == Kind.DATE) {
                Objects.requireNonNull(date, "date");
            }
        }

        /** ALL filings, those since the agency JOINED the deployment, or those since a DATE. */
        public enum Kind {
            ALL,
            JOINED,
            DATE
        }

        /** The first day whose filings the agency sees, or null for all; {@code joined} is the agency's. */
        public LocalDate firstDay(LocalDate joined) {
            return switch (kind) {
                case ALL -> null;
                case JOINED -> joined;
                case DATE -> date;
            };
        }
    }
}
