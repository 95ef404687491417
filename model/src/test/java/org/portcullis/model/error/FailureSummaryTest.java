package org.portcullis.model.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailureSummaryTest {

    @Test
    void namesTheExceptionAndItsCausesWithoutTheirMessages() {
        Exception failure = new IllegalStateException("could not store ERIKSSON",
                new SQLException("Value too long for column FAMILY_NAME: 'ERIKSSON ANNA MARIA'", "22001"));

        assertThat(FailureSummary.of(failure)).isEqualTo("IllegalStateException <- SQLException (SQL state 22001)")
                .doesNotContain("ERIKSSON");
    }

    @Test
    void aNumberThatDidNotParseIsNotQuoted() {
        assertThat(FailureSummary.of(new NumberFormatException("For input string: \"L898902C3\"")))
                .isEqualTo("NumberFormatException");
    }
}
