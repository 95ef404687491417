package org.portcullis.risk.backtest;

/**
 * What one strategy would have caught at the capacity: findings among the consignments it picks and their share of
 * the picks (hit rate) and of all there was to find (recall), and how well its ranking separates (AUC). The true
 * figures need generated history, where what an inspection would have found is known for every consignment (NaN
 * otherwise); the estimated ones use only inspections, each weighted by 1 / its lane's propensity.
 */
public record StrategyResult(Strategy strategy, int capacity, double caught, double hitRate, double recall,
        double auc, double estimatedCaught, double estimatedHitRate, double estimatedAuc) {
}
