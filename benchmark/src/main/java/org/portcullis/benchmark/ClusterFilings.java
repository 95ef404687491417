package org.portcullis.benchmark;

/**
 * The filings of the two-node check: ships of {@link #PER_VESSEL} filings each (every vessel its own IMO number, so
 * that each arrival event reaches its own cases), and every twentieth filing from a consignor seen for the first
 * time, which the rules refer to a clerk (TGT-006) instead of clearing it.
 */
final class ClusterFilings {

    static final int PER_VESSEL = 100;

    private ClusterFilings() {
    }

    static boolean referred(int i) {
        return i % 20 == 3;
    }

    /** How many of {@code filings} filings are referred (none of them is invalid). */
    static int referrals(int filings) {
        int referred = 0;
        for (int i = 0; i < filings; i++) {
            referred += referred(i) && !Traffic.invalid(i) ? 1 : 0;
        }
        return referred;
    }

    static int vessel(int i) {
        return i / PER_VESSEL;
    }

    static int vessels(int filings) {
        return (filings + PER_VESSEL - 1) / PER_VESSEL;
    }

    /** How many of the ship's filings are valid (every tenth filing is not). */
    static int validFilings(int vessel, int filings) {
        int valid = 0;
        for (int i = vessel * PER_VESSEL; i < Math.min((vessel + 1) * PER_VESSEL, filings); i++) {
            valid += Traffic.invalid(i) ? 0 : 1;
        }
        return valid;
    }

    static String body(String lrn, int i) {
        String body = Filings.json(lrn, Traffic.CONSIGNMENTS).replace("\"9839284\"", "\"" + imoNumber(vessel(i)) + "\"");
        return referred(i) ? body.replace(Filings.consignorName(0), "Newcomer " + i + " Trading Ltd") : body;
    }

    /** A valid IMO number for vessel {@code n}: six digits and their check digit (weights 7 to 2, modulo 10). */
    static String imoNumber(int n) {
        String digits = Integer.toString(970_000 + n);
        int sum = 0;
        for (int k = 0; k < 6; k++) {
            sum += (digits.charAt(k) - '0') * (7 - k);
        }
        return digits + sum % 10;
    }
}
