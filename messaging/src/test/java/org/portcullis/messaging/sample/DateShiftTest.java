package org.portcullis.messaging.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateShiftTest {

    private static final Instant SAMPLE_ETA = Instant.parse("2026-12-04T14:00:00Z");
    private static final Duration FIVE_DAYS = Duration.ofDays(5);

    @Test
    void etaAlreadyFiveDaysAheadStaysWhereItIs() {
        DateShift shift = DateShift.arrivingAfter(SAMPLE_ETA, Instant.parse("2026-11-29T10:00:00Z"), FIVE_DAYS);

        assertThat(shift).isEqualTo(DateShift.NONE);
        assertThat(shift.apply(SAMPLE_ETA)).isEqualTo(SAMPLE_ETA);
        assertThat(shift.apply(LocalDate.parse("2026-12-01"))).isEqualTo(LocalDate.parse("2026-12-01"));
    }

    @Test
    void etaInThePastMovesByWholeDaysToAtLeastFiveDaysAhead() {
        Instant now = Instant.parse("2027-03-15T10:00:00Z");

        DateShift shift = DateShift.arrivingAfter(SAMPLE_ETA, now, FIVE_DAYS);

        assertThat(shift.days()).isEqualTo(106);
        assertThat(shift.time()).isEqualTo(Duration.ofDays(106));
        assertThat(shift.apply(SAMPLE_ETA)).isEqualTo(Instant.parse("2027-03-20T14:00:00Z"));
        assertThat(shift.apply(LocalDate.parse("2026-12-01"))).isEqualTo(LocalDate.parse("2027-03-17"));
    }

    @Test
    void etaExactlyFiveDaysAheadIsNotMovedADayFurther() {
        Instant now = SAMPLE_ETA.minus(FIVE_DAYS).minus(Duration.ofDays(30));

        assertThat(DateShift.arrivingAfter(SAMPLE_ETA, now, FIVE_DAYS).apply(SAMPLE_ETA))
                .isEqualTo(now.plus(FIVE_DAYS));
    }

    @Test
    void etaFarAheadMovesBackToLessThanADayMoreThanFiveDaysAhead() {
        Instant now = Instant.parse("2026-06-01T10:00:00Z");

        DateShift shift = DateShift.arrivingAfter(SAMPLE_ETA, now, FIVE_DAYS);

        assertThat(shift.days()).isNegative();
        assertThat(shift.apply(SAMPLE_ETA)).isBetween(now.plus(FIVE_DAYS), now.plus(Duration.ofDays(6)));
    }

    @Test
    void movingTheEtaMovesDatesByTheDaysItsUtcDateMoved() {
        assertThat(DateShift.movingEta(SAMPLE_ETA, Instant.parse("2026-12-04T23:59:00Z")).days()).isZero();
        assertThat(DateShift.movingEta(SAMPLE_ETA, Instant.parse("2026-12-05T01:00:00Z")))
                .isEqualTo(new DateShift(Duration.ofHours(11), 1));
        assertThat(DateShift.movingEta(SAMPLE_ETA, Instant.parse("2026-12-03T00:30:00Z")).days()).isEqualTo(-1);
    }
}
