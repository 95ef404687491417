package org.portcullis.risk.feature;

/**
 * How often a subject's earlier documents left something out: of a consignor's consignments, those naming no notify
 * party; of a container's uses, those declaring no seal. One omission says little; a habit of them is a trace.
 */
public record DocumentRecord(int documents, int omitted) {

    public static final DocumentRecord NONE = new DocumentRecord(0, 0);

    public DocumentRecord {
        if (documents < 0 || omitted < 0 || omitted > documents) {
            throw new IllegalArgumentException("not a document record: " + omitted + " of " + documents + " omitted");
        }
    }

    /** The share omitted, pulled half a document towards one half (NaN when there were no earlier documents). */
    public double omittedShare() {
        return documents == 0 ? Double.NaN : (omitted + 0.5) / (documents + 1);
    }
}
