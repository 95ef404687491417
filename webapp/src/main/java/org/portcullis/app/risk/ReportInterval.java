package org.portcullis.app.risk;

import java.time.Duration;

/** How often figures made in the background are made again, as the pages say it: "5 min", "30 s". */
final class ReportInterval {

    private ReportInterval() {
    }

    static String text(Duration interval) {
        if (interval.toSeconds() >= 60 && interval.toSecondsPart() == 0) {
            return interval.toMinutes() + " min";
        }
        return interval.toMillis() >= 1000 ? interval.toSeconds() + " s" : interval.toMillis() + " ms";
    }
}
