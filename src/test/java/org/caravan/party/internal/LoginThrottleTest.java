package org.caravan.party.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The lock-out arithmetic, on a clock the test moves. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottle.Policy(3, Duration.ofMinutes(15), Duration.ofSeconds(10), Duration.ofSeconds(60), 100),
            new LoginThrottle.Policy(10, Duration.ofMinutes(15), Duration.ofSeconds(10), Duration.ofSeconds(60), 100), clock);

    @Test
    void aClientIsLockedOutFromTheThresholdOn() {
        fail("client", "192.0.2.1", 2);
        assertThat(throttle.lockedOut("client", "192.0.2.1")).isEmpty();

        fail("client", "192.0.2.1", 1);

        assertThat(throttle.lockedOut("client", "192.0.2.1")).hasValue(Duration.ofSeconds(10));
        assertThat(throttle.lockedOut("client", "192.0.2.99")).hasValue(Duration.ofSeconds(10));
        assertThat(throttle.lockedOut("other", "192.0.2.99")).isEmpty();
    }

    @Test
    void theDelayDoublesWithEveryFurtherFailureUpToTheCap() {
        fail("client", "192.0.2.1", 3);
        assertThat(throttle.lockedOut("client", "192.0.2.1")).hasValue(Duration.ofSeconds(10));

        clock.pass(Duration.ofSeconds(10));
        assertThat(throttle.lockedOut("client", "192.0.2.1")).isEmpty();
        fail("client", "192.0.2.1", 1);
        assertThat(throttle.lockedOut("client", "192.0.2.1")).hasValue(Duration.ofSeconds(20));

        clock.pass(Duration.ofSeconds(20));
        fail("client", "192.0.2.1", 1);
        assertThat(throttle.lockedOut("client", "192.0.2.1")).hasValue(Duration.ofSeconds(40));

        clock.pass(Duration.ofSeconds(40));
        fail("client", "192.0.2.1", 1);
        assertThat(throttle.lockedOut("client", "192.0.2.1")).hasValue(Duration.ofSeconds(60));

        fail("client", "192.0.2.1", 1000);
        assertThat(throttle.lockedOut("client", "192.0.2.1")).hasValue(Duration.ofSeconds(60));
    }

    @Test
    void failuresAreForgottenAfterAQuietWindowAndOnSuccess() {
        fail("quiet", "192.0.2.1", 2);
        clock.pass(Duration.ofMinutes(16));
        fail("quiet", "192.0.2.1", 2);
        assertThat(throttle.lockedOut("quiet", "192.0.2.1")).isEmpty();

        fail("lucky", "192.0.2.2", 2);
        throttle.succeeded("lucky");
        fail("lucky", "192.0.2.2", 2);
        assertThat(throttle.lockedOut("lucky", "192.0.2.2")).isEmpty();
    }

    @Test
    void anAddressGuessingAtManyClientsIsLockedOutAndASuccessDoesNotClearIt() {
        for (int i = 0; i < 10; i++) {
            fail("client-" + i, "192.0.2.3", 1);
        }
        throttle.succeeded("client-0");

        assertThat(throttle.lockedOut("someone-else", "192.0.2.3")).hasValue(Duration.ofSeconds(10));
        assertThat(throttle.lockedOut("someone-else", "192.0.2.4")).isEmpty();
    }

    @Test
    void memoryIsBoundedByDroppingTheStalestEntries() {
        fail("target", "192.0.2.5", 3);
        for (int i = 0; i < 100; i++) {
            fail("flood-" + i, "192.0.2.6", 1);
        }

        assertThat(throttle.lockedOut("target", "192.0.2.7")).as("pushed out by 100 newer entries").isEmpty();
        assertThat(throttle.lockedOut("flood-99", "192.0.2.7")).isEmpty();
        fail("flood-99", "192.0.2.7", 2);
        assertThat(throttle.lockedOut("flood-99", "192.0.2.7")).as("still counted").isPresent();
    }

    private void fail(String client, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(client, address);
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-25T10:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
