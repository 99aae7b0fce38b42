package org.caravan.tracking.internal.webhooks;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.caravan.tracking.internal.webhooks.store.Deliveries;
import org.caravan.tracking.internal.webhooks.store.Subscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries. Every tick it claims, per subscription, only as many deliveries as
 * that subscription has free sending slots ({@code in-flight-per-subscription}), and sends
 * them asynchronously: a receiver that hangs holds its own slots until the timeout and no
 * thread, so it never delays another subscription, and the filing path never sees it.
 *
 * <p>When one of a subscription's requests finishes, its next deliveries are claimed at once
 * instead of at the next tick, so a subscription with much to send keeps all its slots busy.
 *
 * <p>A subscription with nothing due is asked again only after {@code idle-poll-interval},
 * unless this instance queues something for it first: idle subscriptions cost the store one
 * indexed query each per interval.
 *
 * <p>Before each attempt the receiver's host is resolved and refused ({@code internal-address})
 * if any of its addresses is internal, a failure like any other.
 *
 * <p>A 2xx answer delivers; anything else (status, refused connection, timeout) is retried
 * after an exponential back-off with full jitter, up to {@code max-attempts}, then the
 * delivery is dead-lettered. A delivery claimed by a process that died is taken up again
 * when its lease runs out: at-least-once, and the receiver deduplicates on {@code webhook-id}.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final Duration RELOAD = Duration.ofSeconds(5);
    private static final Duration PURGE = Duration.ofHours(1);

    private final ActiveSubscriptions active;
    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final WebhookSettings settings;
    private final Map<UUID, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    /** Subscriptions that had nothing due, and the System.nanoTime() until which they are not asked again. */
    private final Map<UUID, Long> idleUntil = new ConcurrentHashMap<>();
    /** Subscriptions with a round queued on the dispatcher's thread because one of their requests finished. */
    private final Set<UUID> woken = ConcurrentHashMap.newKeySet();
    /** Subscriptions that could not be dispatched, warned of once until they recover. */
    private final Set<UUID> broken = ConcurrentHashMap.newKeySet();
    private final Duration lease;
    private volatile ScheduledExecutorService ticker;
    private volatile ExecutorService callbacks;
    /** Records the outcome of requests (JDBC), off the HTTP client's threads. */
    private volatile ExecutorService finishing;
    private volatile HttpClient http;
    private volatile Instant reloaded = Instant.EPOCH;
    private volatile Instant purged = Instant.EPOCH;

    WebhookDispatcher(ActiveSubscriptions active, Subscriptions subscriptions, Deliveries deliveries,
            WebhookSettings settings) {
        this.active = active;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.settings = settings;
        this.lease = settings.connectTimeout.plus(settings.requestTimeout).plusSeconds(5);
    }

    @Override
    public synchronized void start() {
        callbacks = Executors.newFixedThreadPool(2, daemon("webhook-io"));
        finishing = Executors.newFixedThreadPool(2, daemon("webhook-finish"));
        http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout).executor(callbacks)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        ticker = Executors.newSingleThreadScheduledExecutor(daemon("webhook-dispatcher"));
        ticker.scheduleWithFixedDelay(this::tick, settings.pollInterval.toMillis(), settings.pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * Claims nothing more, then waits (at most a request's timeout) for the requests in the air
     * to be answered and recorded, so a graceful stop leaves no delivery to be sent twice when its
     * lease runs out. A stop that outlasts that wait falls back on the lease: at-least-once.
     */
    @Override
    public synchronized void stop() {
        ScheduledExecutorService t = ticker;
        if (t == null) {
            return;
        }
        ticker = null;
        t.shutdown();
        long deadline = System.nanoTime() + settings.requestTimeout.plusSeconds(2).toNanos();
        try {
            t.awaitTermination(settings.requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
            while (inFlight.values().stream().anyMatch(n -> n.get() > 0) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        t.shutdownNow();
        callbacks.shutdownNow();
        finishing.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return ticker != null;
    }

    /** Stops before the data source closes, starts after everything it reads is ready. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2000;
    }

    /** Something was queued for these subscriptions (and committed): look at them on the next round. */
    void wake(Collection<UUID> subscriptionIds) {
        idleUntil.keySet().removeAll(subscriptionIds);
    }

    void tick() {
        try {
            Instant now = Instant.now();
            if (now.isAfter(reloaded.plus(RELOAD))) {
                active.reload();
                reloaded = now;
            }
            if (now.isAfter(purged.plus(PURGE))) {
                purged = now;
                deliveries.purge(now.minus(settings.retention));
            }
            for (Subscription s : active.all()) {
                if (s.paused()) {
                    continue;
                }
                try {
                    dispatch(s.id(), now);
                    broken.remove(s.id());
                } catch (RuntimeException e) {
                    // one broken subscription (its secret does not open, say) must not hold up the others
                    brokenNow(s.id(), e);
                    idleUntil.put(s.id(), System.nanoTime() + settings.idlePollInterval.toNanos());
                }
            }
        } catch (RuntimeException e) {
            log.warn("Webhook dispatch failed this round; trying again next round", e);
        }
    }

    /** Claims as many of the subscription's due deliveries as it has free slots, and sends them. */
    private void dispatch(UUID id, Instant now) {
        Long idle = idleUntil.get(id);
        if (idle != null && System.nanoTime() - idle < 0) {
            return;
        }
        AtomicInteger busy = inFlight.computeIfAbsent(id, x -> new AtomicInteger());
        int free = settings.inFlightPerSubscription - busy.get();
        if (free <= 0) {
            return;
        }
        // looked up before claiming: what cannot be sent is not claimed (and left waiting for a lease to run out)
        Optional<Subscriptions.Target> target = subscriptions.target(id, now);
        if (target.isEmpty() || target.get().paused()) {
            return; // deleted or paused meanwhile
        }
        List<Deliveries.Claimed> claimed = deliveries.claim(id, free, now, now.plus(lease));
        if (claimed.isEmpty() && busy.get() == 0) {
            // nothing due: ask again after the idle interval, or as soon as something is queued here
            idleUntil.put(id, System.nanoTime() + settings.idlePollInterval.toNanos());
        } else {
            idleUntil.remove(id);
        }
        for (Deliveries.Claimed c : claimed) {
            busy.incrementAndGet();
            send(c, target.get(), busy);
        }
    }

    private void send(Deliveries.Claimed c, Subscriptions.Target target, AtomicInteger busy) {
        long timestamp = Instant.now().getEpochSecond();
        String id = c.eventId().toString();
        HttpRequest request;
        try {
            URI uri = URI.create(target.url());
            // resolved here, on the dispatcher's thread, not on the client's: a name may have been
            // pointed at an internal address since it was subscribed
            if (uri.getHost() != null && ReceiverAddresses.refused(uri.getHost(), settings.allowHttpLocalhost)) {
                finish(c, busy, null, "internal-address");
                return;
            }
            request = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout)
                    .header("content-type", WebhookEvent.CONTENT_TYPE)
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.header(target.secrets(), id, timestamp, c.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(c.body())).build();
        } catch (IllegalArgumentException e) {
            finish(c, busy, null, "cannot address " + e.getMessage());
            return;
        } catch (UnknownHostException e) {
            finish(c, busy, null, "unknown host " + e.getMessage());
            return;
        }
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                // the request timeout covers the answer's head; this bounds a body that trickles in
                .orTimeout(settings.requestTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS)
                // recorded on the dispatcher's own threads: not the client's, nor the JDK's timeout scheduler
                .whenCompleteAsync((response, failure) -> {
                    if (failure == null) {
                        finish(c, busy, response.statusCode(), "HTTP " + response.statusCode());
                    } else {
                        finish(c, busy, null, describe(failure));
                    }
                }, finishing);
    }

    private void finish(Deliveries.Claimed c, AtomicInteger busy, Integer code, String error) {
        try {
            Instant now = Instant.now();
            if (code != null && code >= 200 && code < 300) {
                deliveries.delivered(c, code, now);
            } else {
                int attempts = c.attempts() + 1;
                deliveries.failed(c, code, error, now,
                        attempts >= settings.maxAttempts ? Optional.empty() : Optional.of(now.plus(backOff(attempts))));
            }
        } catch (RuntimeException e) {
            // the lease runs out and the delivery is sent again: at-least-once
            log.warn("Cannot record the outcome of webhook delivery {}", c.seq(), e);
        } finally {
            busy.decrementAndGet();
            idleUntil.remove(c.subscriptionId()); // the consignment's next event may be due now
            again(c.subscriptionId());
        }
    }

    /**
     * A slot of the subscription came free: claims its next deliveries now, on the dispatcher's
     * thread, rather than at the next tick, so a busy subscription is not held to
     * in-flight-per-subscription requests per poll-interval. At most one such round waits per subscription.
     */
    /** Warns once of a subscription that cannot be dispatched; it is tried again every idle interval. */
    private void brokenNow(UUID id, RuntimeException e) {
        if (broken.add(id)) {
            log.warn("Cannot dispatch the webhooks of subscription {} (tried again quietly until it works): {}", id,
                    e.toString());
        } else {
            log.debug("Still cannot dispatch the webhooks of subscription {}: {}", id, e.toString());
        }
    }

    private void again(UUID id) {
        ScheduledExecutorService t = ticker;
        if (t == null || !woken.add(id)) {
            return;
        }
        try {
            t.execute(() -> {
                woken.remove(id);
                try {
                    dispatch(id, Instant.now());
                } catch (RuntimeException e) {
                    brokenNow(id, e);
                }
            });
        } catch (RejectedExecutionException e) {
            woken.remove(id); // stopping
        }
    }

    /** Full jitter: a random wait up to first-retry × 2^(attempts−1), capped at max-retry. */
    Duration backOff(int attempts) {
        long cap = settings.maxRetry.toMillis();
        long ceiling = settings.firstRetry.toMillis() << Math.min(attempts - 1, 30);
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(Math.min(cap, Math.max(ceiling, 1)) + 1));
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return "timed out";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
