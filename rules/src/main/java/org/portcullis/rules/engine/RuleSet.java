package org.portcullis.rules.engine;

import java.time.Instant;
import java.util.List;
import org.kie.api.KieBase;

/** A compiled rule set with its reference data, named by the content hash of its files. */
public record RuleSet(String version, KieBase kieBase, ReferenceData referenceData, List<RuleDescription> rules,
        Instant compiledAt) {

    public RuleSet {
        rules = List.copyOf(rules);
    }
}
