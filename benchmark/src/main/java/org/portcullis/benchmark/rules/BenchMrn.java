package org.portcullis.benchmark.rules;

import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;

/** The MRN the rule benchmarks assess under (it only seeds the random selection draw, which is the same each time). */
final class BenchMrn {

    static final Mrn MRN = Mrn.issue(2026, CountryCode.of("NL"), 1);

    private BenchMrn() {
    }
}
