package org.portcullis.rules.backtest;

/** How many findings one rule raised over the backtest's filings under the live and under the draft rule set. */
public record RuleHits(String ruleId, String ruleName, int live, int draft) {

    public int change() {
        return draft - live;
    }
}
