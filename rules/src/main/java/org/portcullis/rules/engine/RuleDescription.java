package org.portcullis.rules.engine;

/** One rule of a rule set, for the catalogue: its stable id, plain name, DRL package and file. */
public record RuleDescription(String id, String name, String packageName, String file) {
}
