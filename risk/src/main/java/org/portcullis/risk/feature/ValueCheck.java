package org.portcullis.risk.feature;

/**
 * The goods item whose declared value per kg strays furthest from the norm of its HS subheading and origin: the
 * value per kg, the norm's median and the robust z-score (negative: declared below the usual).
 */
public record ValueCheck(String hsSubheading, double valuePerKg, double medianValuePerKg, double robustZ) {
}
