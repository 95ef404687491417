package org.portcullis.casework.rules;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the rule sets come from and how they go live.
 *
 * @param directory the live rule set's directory (default the repository's {@code rules/ruleset}, relative to the
 *     working directory); when it does not exist, the copy packaged in the rules jar serves
 * @param draftDirectory where authors prepare the next rule set, to test and backtest it before it goes live
 * @param scenarioDirectory the authors' scenario files
 * @param watch whether this node watches the directory and publishes changes (every node follows the database)
 * @param pollInterval how often a node looks for a new live version in the database
 * @param switchDelay how far ahead a new version is announced at least, so that every node has compiled it when it
 *     goes live
 * @param switchLeadFactor a new version is announced at least this many times the publishing node's compile time of
 *     it ahead, so that a node that compiles more slowly than the publisher still has it when it goes live (0: the
 *     switch delay alone)
 * @param backtestFilings how many of the latest filings a backtest assesses by default
 * @param vagueGoodsDescriptions when set, a file that takes the place of the rule set's
 *     {@code reference/vague-goods-descriptions.txt} (one term per line); it becomes part of the rule set, so its
 *     content counts in the rule set's version like every other file
 */
@ConfigurationProperties("portcullis.rules")
public record RulesProperties(String directory, String draftDirectory, String scenarioDirectory, Boolean watch,
        Duration pollInterval, Duration switchDelay, Integer switchLeadFactor, Integer backtestFilings,
        String vagueGoodsDescriptions) {

    public RulesProperties {
        directory = blank(directory) ? "rules/ruleset" : directory;
        draftDirectory = blank(draftDirectory) ? "rules/draft" : draftDirectory;
        scenarioDirectory = blank(scenarioDirectory) ? "rules/scenarios" : scenarioDirectory;
        watch = watch == null || watch;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        switchDelay = switchDelay == null ? Duration.ofSeconds(2) : switchDelay;
        switchLeadFactor = switchLeadFactor == null ? 3 : switchLeadFactor;
        backtestFilings = backtestFilings == null ? 200 : backtestFilings;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
