package org.caravan.risk.internal.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The window per consignee, whatever order parcels arrive in: bounded, and never counting a parcel outside it. */
class ConsigneeWindowTest {

    static final Duration WINDOW = Duration.ofHours(72);
    static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void whatItReturnsLiesWithinTheWindowAndWhatItKeepsStaysWithinItsBounds() {
        // each parcel: a consignee of five and an hour of a fortnight, in any order
        qt().forAll(lists().of(integers().between(0, 5 * 336 - 1)).ofSizeBetween(1, 200)).checkAssert(parcels -> {
            ConsigneeWindow window = new ConsigneeWindow(WINDOW, 3, 4);
            int n = 0;
            for (int parcel : parcels) {
                Instant at = START.plus(Duration.ofHours(parcel % 336));
                List<ConsigneeWindow.Parcel> within = window.add("consignee-" + parcel / 336, new ConsigneeWindow.Parcel(
                        "CRV" + n++, at, BigDecimal.TEN, UUID.randomUUID(), Optional.empty()));
                assertThat(within).isNotEmpty().hasSizeLessThanOrEqualTo(4)
                        .allSatisfy(p -> assertThat(p.filedAt()).isBetween(at.minus(WINDOW), at));
                assertThat(window.consignees()).isLessThanOrEqualTo(3);
                assertThat(window.parcels()).isLessThanOrEqualTo(3 * 4);
            }
        });
    }
}
