package org.caravan.tracking.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caravan.tracking.FinalMileEventType.DELIVERED;
import static org.caravan.tracking.FinalMileEventType.OUT_FOR_DELIVERY;
import static org.caravan.tracking.FinalMileEventType.REFUSED;
import static org.caravan.tracking.FinalMileEventType.RETURNED;

import java.time.Instant;
import java.util.List;

import org.caravan.tracking.FinalMileEventType;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link FinalMile}. */
class FinalMileTest {

    private static final Instant T = Instant.parse("2026-11-23T09:00:00Z");

    private static FinalMile.Report at(FinalMileEventType type, int minutes) {
        return new FinalMile.Report(type, T.plusSeconds(60L * minutes));
    }

    @Test
    void theSameReportTwiceIsARepeatThatChangesNothing() {
        FinalMile mile = new FinalMile(List.of(at(OUT_FOR_DELIVERY, 0)));
        assertThat(mile.repeats(at(OUT_FOR_DELIVERY, 0))).isTrue();
        assertThat(mile.with(at(OUT_FOR_DELIVERY, 0))).isSameAs(mile);
        assertThat(mile.repeats(at(OUT_FOR_DELIVERY, 1))).isFalse();
    }

    @Test
    void beforeDeliveryAnyReportMayFollowAnother() {
        FinalMile mile = new FinalMile(List.of()).with(at(OUT_FOR_DELIVERY, 0)).with(at(REFUSED, 10))
                .with(at(OUT_FOR_DELIVERY, 60)).with(at(DELIVERED, 70));
        assertThat(mile.state()).contains(DELIVERED);
    }

    @Test
    void afterADeliveryOnlyAReturnMayFollow() {
        FinalMile delivered = new FinalMile(List.of(at(OUT_FOR_DELIVERY, 0), at(DELIVERED, 10)));
        assertThatThrownBy(() -> delivered.with(at(OUT_FOR_DELIVERY, 20))).isInstanceOf(FinalMile.Refused.class);
        assertThatThrownBy(() -> delivered.with(at(REFUSED, 20))).isInstanceOf(FinalMile.Refused.class);
        assertThatThrownBy(() -> delivered.with(at(DELIVERED, 20))).isInstanceOf(FinalMile.Refused.class);
        assertThat(delivered.with(at(RETURNED, 60 * 24)).state()).contains(RETURNED);
    }

    @Test
    void nothingFollowsAReturn() {
        FinalMile returned = new FinalMile(List.of(at(REFUSED, 0), at(RETURNED, 10)));
        for (FinalMileEventType type : FinalMileEventType.values()) {
            assertThatThrownBy(() -> returned.with(at(type, 20))).as(type.name()).isInstanceOf(FinalMile.Refused.class);
        }
    }

    @Test
    void aLateReportOfSomethingEarlierFillsTheHistoryWithoutMovingTheParcelBack() {
        FinalMile delivered = new FinalMile(List.of(at(DELIVERED, 10)));
        FinalMile withLate = delivered.with(at(OUT_FOR_DELIVERY, 0));
        assertThat(withLate.state()).contains(DELIVERED);
        FinalMile returned = new FinalMile(List.of(at(RETURNED, 60)));
        assertThat(returned.with(at(DELIVERED, 10)).state()).contains(RETURNED);
    }

    @Test
    void reportsAtTheSameInstantAreOrderedByTheirNaturalSequence() {
        FinalMile mile = new FinalMile(List.of(at(DELIVERED, 0), at(OUT_FOR_DELIVERY, 0)));
        assertThat(mile.state()).contains(DELIVERED);
    }
}
