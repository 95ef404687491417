package org.portcullis.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import org.portcullis.casework.demo.DemoProperties;
import org.portcullis.messaging.sample.DateShift;
import org.portcullis.messaging.sample.SampleDates;

/**
 * The dates of this test run. The sample filings (docs/samples) and the corpus (messaging's test resources) are
 * written with fixed dates; the tests send them with every date moved as the demo moves them ({@link SampleDates}):
 * by one whole number of days, fixed for the run, that puts the samples' ETA at least five days ahead of the run's
 * start. So deadlines derived from the ETA lie ahead, whatever the day the tests run on; expected texts are computed
 * from {@link #ETA}, never written as dates.
 */
public final class TestDates {

    /** The ETA written in the sample filings. */
    static final Instant SAMPLE_ETA = SampleDates.eta(read("filing-green.json")).orElseThrow();

    /** How far the dates of every sample and corpus message move in this run. */
    static final DateShift SHIFT = DateShift.arrivingAfter(SAMPLE_ETA, Instant.now(),
            DemoProperties.DEFAULT_SAMPLE_ARRIVAL_IN);

    /** The samples' ETA in this run (at least five days ahead of the run's start). */
    public static final Instant ETA = SHIFT.apply(SAMPLE_ETA);

    private TestDates() {
    }

    /** A JSON message of the samples or the corpus with its dates moved for this run. */
    static String json(String message) {
        return SampleDates.shiftJson(message, SHIFT);
    }

    /** An EDIFACT interchange of the corpus or the docs' examples with its dates moved for this run. */
    static String edifact(String interchange) {
        return SampleDates.shiftEdifact(interchange, SHIFT);
    }

    /** A JSON filing with every date moved alike, so that its ETA is {@code eta}. */
    static String arrivingAt(String filing, Instant eta) {
        Instant current = SampleDates.eta(filing).orElseThrow(() -> new IllegalArgumentException("no ETA"));
        return SampleDates.shiftJson(filing, DateShift.movingEta(current, eta));
    }

    private static String read(String sample) {
        try {
            return Files.readString(CarrierClient.SAMPLES.resolve(sample));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
