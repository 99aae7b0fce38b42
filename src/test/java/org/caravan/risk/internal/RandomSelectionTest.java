package org.caravan.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RandomSelectionTest {

    static final List<String> PARCELS = IntStream.range(0, 40_000)
            .mapToObj(i -> "CRV" + String.format("%08d", i) + "KZ").toList();

    static List<String> selected(BigDecimal rate, String salt) {
        RandomSelection selection = new RandomSelection(salt);
        return PARCELS.stream().filter(p -> selection.selects(p, rate)).toList();
    }

    @Test
    void rateZeroSelectsNoParcel() {
        assertThat(selected(BigDecimal.ZERO, "salt")).isEmpty();
    }

    @Test
    void rateOneSelectsEveryParcel() {
        assertThat(selected(BigDecimal.ONE, "salt")).hasSize(PARCELS.size());
    }

    @Test
    void theSameSaltSelectsTheSameParcelsAndAnotherSaltOthers() {
        List<String> first = selected(new BigDecimal("0.05"), "pilot-salt");
        assertThat(selected(new BigDecimal("0.05"), "pilot-salt")).isEqualTo(first);
        assertThat(selected(new BigDecimal("0.05"), "another-salt")).isNotEqualTo(first);
    }

    @Test
    void aboutTheConfiguredShareIsSelected() {
        // 5 % of 40,000 is 2,000 with a binomial standard deviation of about 44; allow five of them
        assertThat(selected(new BigDecimal("0.05"), "pilot-salt")).hasSizeBetween(1780, 2220);
        // the pilot profile's 1 %: 400 expected, deviation about 20
        assertThat(selected(new BigDecimal("0.01"), "pilot-salt")).hasSizeBetween(300, 500);
    }
}
