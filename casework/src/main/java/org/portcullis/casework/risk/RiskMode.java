package org.portcullis.casework.risk;

/**
 * How the model of an activation serves: LIVE gives its scores to the rules, SHADOW only records them (to compare
 * with what the rules decided before anyone relies on it), OFF serves no model.
 */
public enum RiskMode {
    LIVE,
    SHADOW,
    OFF
}
