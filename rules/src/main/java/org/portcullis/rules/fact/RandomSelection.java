package org.portcullis.rules.fact;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * The random selection of consignments no rule spoke about, so that a share of green cargo is still checked. The
 * draw is a hash of the MRN and the transport document number: the same consignment under the same MRN is always
 * drawn alike (on every node, in every backtest), and about {@code rate} of all consignments are drawn. The rate
 * is the rule set's {@code random-selection-rate} in {@code reference/selection.properties}.
 */
public class RandomSelection {

    private static final int SCALE = 1_000_000;

    private final String mrn;
    private final double rate;

    public RandomSelection(String mrn, double rate) {
        this.mrn = mrn == null ? "" : mrn;
        this.rate = rate;
    }

    public boolean selects(String transportDocumentNumber) {
        byte[] key = (mrn + "/" + transportDocumentNumber).getBytes(StandardCharsets.UTF_8);
        int draw = Math.floorMod(MurmurHash3.hash32x86(key, 0, key.length, 0), SCALE);
        return draw < rate * SCALE;
    }

    public double getRate() {
        return rate;
    }

    /** The rate as people write it: "3%". */
    public String getRateText() {
        return String.format(Locale.ROOT, "%.4g", rate * 100).replaceAll("\\.?0+$", "") + "%";
    }
}
