package org.portcullis.rules.sandbox;

import org.drools.drl.ast.descr.PackageDescr;

/**
 * A parsed rule set file: its path in the rule set, what the DRL parser made of it, and whether the parser's line
 * numbers are the author's (a DRL file) or those of DRL generated from a decision table (then problems name the
 * file without a line).
 */
public record RuleFile(String path, PackageDescr descr, boolean linesKnown) {
}
