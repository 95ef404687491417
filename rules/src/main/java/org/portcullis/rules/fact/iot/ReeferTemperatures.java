package org.portcullis.rules.fact.iot;

import java.time.Instant;

/**
 * The temperatures a reefer container reported, against the range declared for a temperature-controlled goods item
 * packed in it: how many readings, the lowest and highest, and the longest excursion (consecutive readings outside the
 * range, from the first to the last of them) with its worst reading. One fact per goods item and container.
 */
public class ReeferTemperatures extends ContainerOfConsignment {

    private final int goodsItemSequence;
    private final String goodsDescription;
    private final double minCelsius;
    private final double maxCelsius;
    private final int readings;
    private final double lowestCelsius;
    private final double highestCelsius;
    private final Excursion longestExcursion;

    /** Consecutive readings outside the range: from, to, and the reading furthest outside. */
    public record Excursion(Instant from, Instant to, double worstCelsius) {

        public long getMinutes() {
            return java.time.Duration.between(from, to).toMinutes();
        }
    }

    public ReeferTemperatures(String container, String transportDocumentNumber, int goodsItemSequence,
            String goodsDescription, double minCelsius, double maxCelsius, int readings, double lowestCelsius,
            double highestCelsius, Excursion longestExcursion) {
        super(container, transportDocumentNumber);
        this.goodsItemSequence = goodsItemSequence;
        this.goodsDescription = goodsDescription;
        this.minCelsius = minCelsius;
        this.maxCelsius = maxCelsius;
        this.readings = readings;
        this.lowestCelsius = lowestCelsius;
        this.highestCelsius = highestCelsius;
        this.longestExcursion = longestExcursion;
    }

    public int getGoodsItemSequence() {
        return goodsItemSequence;
    }

    public String getGoodsDescription() {
        return goodsDescription;
    }

    public double getMinCelsius() {
        return minCelsius;
    }

    public double getMaxCelsius() {
        return maxCelsius;
    }

    public int getReadings() {
        return readings;
    }

    public double getLowestCelsius() {
        return lowestCelsius;
    }

    public double getHighestCelsius() {
        return highestCelsius;
    }

    /** The longest run of readings outside the range; null when every reading was inside it. */
    public Excursion getLongestExcursion() {
        return longestExcursion;
    }

    /** Minutes of the longest excursion, 0 when there was none. */
    public long getLongestExcursionMinutes() {
        return longestExcursion == null ? 0 : longestExcursion.getMinutes();
    }
}
