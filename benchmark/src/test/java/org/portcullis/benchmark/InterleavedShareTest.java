package org.portcullis.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class InterleavedShareTest {

    @Test
    void eachWindowIsReadAgainstTheMeanOfItsTwoNeighbouringBounds() {
        // bound 30, window 70, bound 40, window 50, bound 20, window 60, bound 28
        InterleavedShare share = new InterleavedShare(List.of(30.0, 40.0, 20.0, 28.0), List.of(70.0, 50.0, 60.0));

        assertThat(share.shares()).containsExactly(0.5, 0.6, 0.4);
        assertThat(share.spread().getAverage()).isCloseTo(0.5, within(1e-12));
        assertThat(share.spread().getMin()).isEqualTo(0.4);
        assertThat(share.spread().getMax()).isEqualTo(0.6);
        assertThat(share.boundDrift(0)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(share.boundDrift(1)).isEqualTo(-0.5);
    }

    @Test
    void oneWindowBetweenTwoBoundsIsTheShareAgainstTheirMean() {
        // the run of record of 22:32: bounds 24.0 and 35.6 ms, a filing 64.6 ms
        InterleavedShare share = new InterleavedShare(List.of(24.0, 35.6), List.of(64.6));

        assertThat(share.shares()).hasSize(1);
        assertThat(100 * share.share(0)).isCloseTo(46.1, within(0.05));
    }

    @Test
    void theBoundsMustEncloseEveryWindow() {
        assertThatThrownBy(() -> new InterleavedShare(List.of(30.0, 40.0), List.of(70.0, 50.0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InterleavedShare(List.of(30.0), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
