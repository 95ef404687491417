package org.portcullis.app.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.FilingAssessor;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.Mrn;

/** The assessor the workflow calls, timing each assessment by the lane it gave ({@code portcullis.assessment}). */
final class TimedFilingAssessor implements FilingAssessor {

    private final FilingAssessor assessor;
    private final MeterRegistry registry;

    TimedFilingAssessor(FilingAssessor assessor, MeterRegistry registry) {
        this.assessor = assessor;
        this.registry = registry;
    }

    @Override
    public Assessment assess(Mrn mrn, Filing filing) {
        Timer.Sample sample = Timer.start(registry);
        String lane = "failed";
        try {
            Assessment assessment = assessor.assess(mrn, filing);
            lane = assessment.lane().name().toLowerCase(java.util.Locale.ROOT);
            return assessment;
        } finally {
            sample.stop(Timer.builder("portcullis.assessment").description("time the rules took to assess a filing")
                    .tag("lane", lane).register(registry));
        }
    }
}
