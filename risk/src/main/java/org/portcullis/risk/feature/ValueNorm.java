package org.portcullis.risk.feature;

/**
 * What goods of one HS subheading from one origin usually declare per kilogram: the median and the median
 * absolute deviation of the natural logarithm of value per kg, over {@code lines} earlier goods lines.
 */
public record ValueNorm(double medianLog, double madLog, int lines) {

    /** 0.6745 makes the MAD of a normal distribution comparable to its standard deviation (Iglewicz and Hoaglin). */
    private static final double CONSISTENCY = 0.6745;

    /** The modified z-score of a value per kg: how many robust deviations it lies above (+) or below (-) the norm. */
    public double robustZ(double valuePerKg) {
        double mad = Math.max(madLog, 0.05);
        return CONSISTENCY * (Math.log(valuePerKg) - medianLog) / mad;
    }

    public double medianValuePerKg() {
        return Math.exp(medianLog);
    }
}
