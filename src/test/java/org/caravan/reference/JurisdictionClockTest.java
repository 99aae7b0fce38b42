package org.caravan.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A filing's date is the date on the destination's clock: it picks the FX rate and the regime in force. */
class JurisdictionClockTest {

    static final Jurisdictions JURISDICTIONS = new Jurisdictions();

    /** 20:30 UTC on the last day of a month is already the next month in Almaty and Tashkent (UTC+5). */
    static final Instant LATE_ON_30_NOVEMBER_UTC = Instant.parse("2026-11-30T20:30:00Z");

    @Test
    void theDateIsTheJurisdictionsLocalDate() {
        assertThat(JURISDICTIONS.dateIn(CountryCode.of("KZ"), LATE_ON_30_NOVEMBER_UTC)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(JURISDICTIONS.dateIn(CountryCode.of("UZ"), LATE_ON_30_NOVEMBER_UTC)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(JURISDICTIONS.dateIn(CountryCode.of("KG"), LATE_ON_30_NOVEMBER_UTC)).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void beforeLocalMidnightItIsStillTheSameDay() {
        assertThat(JURISDICTIONS.dateIn(CountryCode.of("KZ"), Instant.parse("2026-11-30T18:59:59Z")))
                .isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void aCountryCaravanDoesNotClearForIsDatedInUtc() {
        assertThat(JURISDICTIONS.clearsFor(CountryCode.of("CN"))).isFalse();
        assertThat(JURISDICTIONS.dateIn(CountryCode.of("CN"), LATE_ON_30_NOVEMBER_UTC)).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
