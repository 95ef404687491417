package org.portcullis.risk.train;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The area under the ROC curve: the chance that a consignment where something was found scores higher than one
 * where nothing was (ties count half), optionally with weights (each consignment standing for several).
 */
public final class Auc {

    private Auc() {
    }

    public static double of(double[] scores, boolean[] positive) {
        float[] labels = new float[positive.length];
        float[] weights = new float[positive.length];
        for (int i = 0; i < positive.length; i++) {
            labels[i] = positive[i] ? 1 : 0;
            weights[i] = 1;
        }
        return weighted(scores, labels, weights);
    }

    /** NaN when there are no positives or no negatives. */
    public static double weighted(double[] scores, float[] labels, float[] weights) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double area = 0;
        double negativesBelow = 0;
        double positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            double groupPositive = 0;
            double groupNegative = 0;
            while (j < order.length && scores[order[j]] == scores[order[i]]) {
                int k = order[j++];
                if (labels[k] > 0.5f) {
                    groupPositive += weights[k];
                } else {
                    groupNegative += weights[k];
                }
            }
            area += groupPositive * (negativesBelow + groupNegative / 2);
            negativesBelow += groupNegative;
            positives += groupPositive;
            i = j;
        }
        return positives == 0 || negativesBelow == 0 ? Double.NaN : area / (positives * negativesBelow);
    }
}
