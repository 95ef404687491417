package org.portcullis.risk.backtest;

/** How consignments are picked for inspection when capacity is limited. */
public enum Strategy {
    /** By the rules' lane (RED, then YELLOW, then what random selection drew); officers pick among equals. */
    RULES,
    /** By the model's score alone. */
    MODEL,
    /** The RED lane first (what the rules demand), the rest of the capacity by the model's score. */
    RULES_AND_MODEL
}
