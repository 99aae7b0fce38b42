package org.caravan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.caravan.risk.internal.RiskSignal;
import org.caravan.support.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The signal benchmark still starts and each detector runs over its traffic, so it cannot rot
 * between the runs recorded in docs/risk-signals.md. Nothing here is timed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignalsBenchmarkTest {

    private final SignalsBenchmark bench = new SignalsBenchmark();

    @BeforeAll
    void start() throws Exception {
        SharedData.file("hs-labelled/uk_tariff_references.csv");
        bench.start();
    }

    @AfterAll
    void stop() throws Exception {
        bench.stop();
    }

    @Test
    void eachDetectorRunsOverTheTrafficAndNamesWhatItFinds() {
        for (String detector : List.of("undervaluation", "splitting", "hs-plausibility")) {
            List<RiskSignal> signals = bench.signalsOver(detector);
            assertThat(signals).allSatisfy(s -> assertThat(s.name()).isEqualTo(detector));
        }
        // the bench traffic sends about four parcels within the hour to each recipient, mostly below the threshold
        assertThat(bench.signalsOver("splitting")).isNotEmpty();
        int before = bench.splitting();
        assertThat(bench.splitting()).as("the count of signals found only grows").isGreaterThanOrEqualTo(before);
    }
}
