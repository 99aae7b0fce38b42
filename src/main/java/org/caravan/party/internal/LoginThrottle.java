package org.caravan.party.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down secret guessing at the token endpoint. After {@code threshold} failed
 * authentications a client id, or a remote address, is locked out for a delay that doubles
 * with every further failure up to a cap. A client id is forgotten after its lock-out plus a
 * quiet window, or on success. The memory is bounded: past {@code maxEntries} the entry that
 * failed longest ago is dropped.
 */
@Component
public class LoginThrottle {

    private final Failures byClient;
    private final Failures byAddress;
    private final Clock clock;

    @Autowired
    LoginThrottle(@Value("${caravan.security.token-throttle.client-failures:5}") int clientFailures,
            @Value("${caravan.security.token-throttle.address-failures:50}") int addressFailures,
            @Value("${caravan.security.token-throttle.window:PT15M}") Duration window,
            @Value("${caravan.security.token-throttle.initial-delay:PT10S}") Duration initialDelay,
            @Value("${caravan.security.token-throttle.max-delay:PT15M}") Duration maxDelay,
            @Value("${caravan.security.token-throttle.max-entries:10000}") int maxEntries) {
        this(new Policy(clientFailures, window, initialDelay, maxDelay, maxEntries),
                new Policy(addressFailures, window, initialDelay, maxDelay, maxEntries), Clock.systemUTC());
    }

    LoginThrottle(Policy client, Policy address, Clock clock) {
        this.byClient = new Failures(client);
        this.byAddress = new Failures(address);
        this.clock = clock;
    }

    /** How long the client id or the address must still wait, if either is locked out. */
    public Optional<Duration> lockedOut(String clientId, String address) {
        Instant now = clock.instant();
        Duration client = byClient.remaining(clientId, now);
        Duration fromAddress = byAddress.remaining(address, now);
        Duration wait = client.compareTo(fromAddress) >= 0 ? client : fromAddress;
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String clientId, String address) {
        Instant now = clock.instant();
        byClient.record(clientId, now);
        byAddress.record(address, now);
    }

    /**
     * The client proved its secret, so its earlier failures were its own typing. The address
     * keeps its count: one good secret must not clear guesses at other clients.
     */
    public void succeeded(String clientId) {
        byClient.forget(clientId);
    }

    record Policy(int threshold, Duration window, Duration initialDelay, Duration maxDelay, int maxEntries) {

        Policy {
            if (threshold < 1 || maxEntries < 1 || window.isNegative() || initialDelay.toMillis() < 1
                    || maxDelay.compareTo(initialDelay) < 0) {
                throw new IllegalArgumentException("Invalid token throttle settings: " + threshold + " failures, "
                        + window + " window, " + initialDelay + " to " + maxDelay + " delay, " + maxEntries + " entries");
            }
        }

        Duration delayAfter(int failures) {
            long delay = initialDelay.toMillis();
            for (int doublings = failures - threshold; doublings > 0 && delay < maxDelay.toMillis(); doublings--) {
                delay *= 2;
            }
            return Duration.ofMillis(Math.min(delay, maxDelay.toMillis()));
        }
    }

    private static final class Failures {

        private final Policy policy;
        private final Map<String, Entry> entries;

        Failures(Policy policy) {
            this.policy = policy;
            this.entries = new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                    return size() > policy.maxEntries();
                }
            };
        }

        synchronized Duration remaining(String key, Instant now) {
            Entry entry = entries.get(key);
            if (entry == null || !now.isBefore(entry.lockedUntil())) {
                return Duration.ZERO;
            }
            return Duration.between(now, entry.lockedUntil());
        }

        synchronized void record(String key, Instant now) {
            Entry previous = entries.remove(key);
            int failures = previous == null || previous.forgottenBy(now, policy.window()) ? 1 : previous.failures() + 1;
            Instant lockedUntil = failures >= policy.threshold() ? now.plus(policy.delayAfter(failures)) : now;
            // re-inserted so the insertion order is the order of last failure, and eviction takes the stalest
            entries.put(key, new Entry(failures, lockedUntil));
        }

        synchronized void forget(String key) {
            entries.remove(key);
        }
    }

    private record Entry(int failures, Instant lockedUntil) {

        boolean forgottenBy(Instant now, Duration window) {
            return now.isAfter(lockedUntil.plus(window));
        }
    }
}
