package org.portcullis.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuUseTest {

    @Test
    void theWaitBetweenTwoSamplesCountsWhatEachThreadAddedAndNeverGoesBelowZeroWhenThreadsEnd() {
        Map<Long, Long> from = Map.of(1L, 1_000L, 2L, 5_000_000L, 3L, 200L);
        Map<Long, Long> to = Map.of(1L, 1_500L, 3L, 200L, 4L, 700L);

        // thread 1 added 500, thread 3 nothing, thread 4 was born with 700; thread 2 ended and is not counted
        assertThat(CpuUse.waitBetween(from, to)).isEqualTo(1_200L);
        assertThat(CpuUse.waitBetween(Map.of(7L, 900L), Map.of())).isZero();
    }

    @Test
    void theThreadsOfThisJvmAreReadFromProc() {
        Map<Long, Long> waits = CpuUse.threadsWaitNanos(ProcessHandle.current().pid());

        assertThat(waits).containsKey(ProcessHandle.current().pid());
        assertThat(waits.values()).allMatch(wait -> wait >= 0);
    }
}
