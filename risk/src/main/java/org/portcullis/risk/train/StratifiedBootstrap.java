package org.portcullis.risk.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A bootstrap sample drawn within strata: from each stratum as many rows as it has, with replacement, so every sample
 * holds each stratum in its number (random selection's few GREEN findings among them) but not always the same rows.
 */
final class StratifiedBootstrap {

    private StratifiedBootstrap() {
    }

    /** How many times each row was drawn (0 for rows left out), rows given by their stratum. */
    static int[] counts(List<?> strata, Random random) {
        Map<Object, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < strata.size(); i++) {
            members.computeIfAbsent(strata.get(i), k -> new ArrayList<>()).add(i);
        }
        int[] counts = new int[strata.size()];
        for (List<Integer> stratum : members.values()) {
            for (int n = 0; n < stratum.size(); n++) {
                counts[stratum.get(random.nextInt(stratum.size()))]++;
            }
        }
        return counts;
    }
}
