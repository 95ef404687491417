package org.portcullis.casework.casefile;

import java.util.List;
import java.util.stream.IntStream;
import org.portcullis.casework.redress.RedressRecord;
import org.portcullis.model.assessment.ScreeningMatch;

/**
 * One agency's watchlist matches on a case file as an officer may see them: the matches its latest assessment's rules
 * saw (each with its position in that assessment, which a false-positive mark names), those redress set aside, the
 * redress records that concern them, and whether the officer works for that agency and so may mark a match.
 * {@code agency} is null on a case file read without the agencies (the lead agency's matches).
 */
public record ScreeningPart(String agency, List<Row> matches, List<ScreeningMatch> setAside,
        List<RedressRecord> redress, boolean redressable) {

    public ScreeningPart {
        matches = List.copyOf(matches);
        setAside = List.copyOf(setAside);
        redress = List.copyOf(redress);
    }

    /** A match and its position among the matches of the assessment that found it. */
    public record Row(int position, ScreeningMatch match) {
    }

    /** Every match of a list, numbered from 0 as the assessment keeps them. */
    public static List<Row> numbered(List<ScreeningMatch> matches) {
        return IntStream.range(0, matches.size()).mapToObj(i -> new Row(i, matches.get(i))).toList();
    }

    public boolean isEmpty() {
        return matches.isEmpty() && setAside.isEmpty();
    }

    /** The latest redress record for the subject and entry of a match, if any. */
    public RedressRecord redressOf(ScreeningMatch match) {
        return latest(redress, match);
    }

    /** The latest of these records for the subject and entry of a match, or null. */
    static RedressRecord latest(List<RedressRecord> records, ScreeningMatch match) {
        RedressRecord latest = null;
        for (RedressRecord record : records) {
            if (record.listName().equals(match.listName()) && record.entryId().equals(match.entryId())
                    && record.subjectKey().equals(match.subjectKey())
                    && (latest == null || record.id() > latest.id())) {
                latest = record;
            }
        }
        return latest;
    }
}
