package org.portcullis.rules.screening.quality;

/**
 * One labelled pair of the screening quality set: a listed person (name, date of birth or year or none) and a name
 * as a manifest gives it, with the kind of variation and whether they are the same person ({@code match}).
 */
public record LabelledPair(String pairId, String kind, boolean match, String candidateGiven, String candidateFamily,
        String candidateBirth, String listedName, String listedBirth) {

    static final String HEADER = "pairId,kind,match,candidateGiven,candidateFamily,candidateBirth,listedName,listedBirth";

    String toCsv() {
        return String.join(",", pairId, kind, Boolean.toString(match), candidateGiven, candidateFamily,
                candidateBirth, listedName, listedBirth == null ? "" : listedBirth);
    }

    static LabelledPair fromCsv(String line) {
        String[] f = line.split(",", -1);
        return new LabelledPair(f[0], f[1], Boolean.parseBoolean(f[2]), f[3], f[4], f[5], f[6],
                f[7].isEmpty() ? null : f[7]);
    }
}
