package org.portcullis.rules.engine;

/**
 * One rule of a rule set, for the catalogue: its stable id, plain name, DRL package, file, and whether carriers
 * see its findings.
 */
public record RuleDescription(String id, String name, String packageName, String file, boolean carrierVisible) {
}
