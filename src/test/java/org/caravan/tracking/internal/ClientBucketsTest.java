package org.caravan.tracking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ClientBucketsTest {

    private Instant now = Instant.parse("2026-11-26T00:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aClientHasItsCapacityAtOnceThenOneTokenPerShareOfThePeriod() {
        ClientBuckets buckets = new ClientBuckets(10, Duration.ofMinutes(1), 100, clock);
        for (int i = 0; i < 10; i++) {
            assertThat(buckets.take("203.0.113.1")).isEmpty();
        }
        assertThat(buckets.take("203.0.113.1")).contains(6L);
        assertThat(buckets.take("203.0.113.2")).isEmpty();
        now = now.plusSeconds(6);
        assertThat(buckets.take("203.0.113.1")).isEmpty();
        assertThat(buckets.take("203.0.113.1")).isPresent();
    }

    @Test
    void pastItsBoundTheLeastRecentlySeenClientIsForgotten() {
        ClientBuckets buckets = new ClientBuckets(1, Duration.ofMinutes(1), 2, clock);
        assertThat(buckets.take("a")).isEmpty();
        assertThat(buckets.take("a")).isPresent();
        assertThat(buckets.take("b")).isEmpty();
        assertThat(buckets.take("c")).isEmpty();
        // "a" was forgotten to make room: it starts afresh, the memory stays bounded
        assertThat(buckets.take("a")).isEqualTo(Optional.empty());
    }
}
