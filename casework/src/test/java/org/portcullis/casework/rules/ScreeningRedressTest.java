package org.portcullis.casework.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A redress is kept with who, why and for whom; the log says who acted on which case, never whom or why. */
@ExtendWith(OutputCaptureExtension.class)
class ScreeningRedressTest {

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final ScreeningRedress redress = new ScreeningRedress(database.jdbc(),
            Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void aRedressIsRecordedButThePersonsNameAndTheOfficersTextStayOutOfTheLog(CapturedOutput output) {
        redress.record("persons-watchlist", "WL-0007", "ivanov|ivan|1980-02-03", "IVANOV, Ivan (passenger 3)",
                "26NL00000000000042", "Passport 901234567 shows another date of birth", "clerk");

        assertThat(redress.isCleared("persons-watchlist", "WL-0007", "ivanov|ivan|1980-02-03")).isTrue();
        assertThat(redress.latest(1)).singleElement().satisfies(record -> assertThat(record.reason())
                .contains("Passport"));
        assertThat(output.getOut()).contains("Redress: clerk cleared a subject of case 26NL00000000000042")
                .doesNotContain("IVANOV").doesNotContain("Ivan").doesNotContain("901234567")
                .doesNotContain("1980-02-03");
    }
}
