package org.caravan.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;

import org.caravan.simulator.internal.Percentiles;
import org.junit.jupiter.api.Test;

/** Latency percentiles by nearest rank, as the bench reports them. */
class BenchPercentilesTest {

    @Test
    void nearestRankOfAThousandSamples() {
        Percentiles p = new Percentiles(LongStream.rangeClosed(1, 1000).map(i -> 1001 - i).toArray());

        assertThat(p.at(50)).isEqualTo(500);
        assertThat(p.at(99)).isEqualTo(990);
        assertThat(p.at(99.9)).isEqualTo(999);
        assertThat(p.at(100)).isEqualTo(1000);
    }

    @Test
    void fewSamplesGiveTheLargestForTheHighPercentilesAndNoneGiveZero() {
        Percentiles p = new Percentiles(new long[] {30, 10, 20});

        assertThat(p.at(50)).isEqualTo(20);
        assertThat(p.at(99.9)).isEqualTo(30);
        assertThat(new Percentiles(new long[0]).at(99)).isZero();
    }
}
