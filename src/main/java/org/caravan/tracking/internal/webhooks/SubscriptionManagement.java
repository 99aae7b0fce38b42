package org.caravan.tracking.internal.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.caravan.common.Conflict;
import org.caravan.common.InvalidInput;
import org.caravan.common.NotFound;
import org.caravan.common.ProblemTypes;
import org.caravan.common.Violation;
import org.caravan.common.audit.AuditTrail;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.caravan.tracking.internal.webhooks.store.Deliveries;
import org.caravan.tracking.internal.webhooks.store.Subscriptions;
import org.springframework.stereotype.Service;

/**
 * Subscribing, pausing, rotating secrets, replaying and deleting, for the subscription's
 * owner only: another party's subscription answers as if it did not exist. Every change
 * refreshes the in-memory routing at once.
 */
@Service
public class SubscriptionManagement {

    public static final Duration MAX_OVERLAP = Duration.ofDays(7);
    /** Each subscription is polled by the dispatcher: a party's many would cost every other party. */
    public static final int MAX_PER_PARTY = 20;
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final Subscriptions store;
    private final Deliveries deliveries;
    private final ActiveSubscriptions active;
    private final WebhookSettings settings;
    private final WebhookDispatcher dispatcher;
    private final AuditTrail audit;

    SubscriptionManagement(Subscriptions store, Deliveries deliveries, ActiveSubscriptions active,
            WebhookSettings settings, WebhookDispatcher dispatcher, AuditTrail audit) {
        this.audit = audit;
        this.dispatcher = dispatcher;
        this.store = store;
        this.deliveries = deliveries;
        this.active = active;
        this.settings = settings;
    }

    /** A new subscription and the secret that signs its deliveries, shown this once. */
    public record Created(Subscription subscription, String secret) {
    }

    public Created subscribe(Caller caller, String url, List<String> eventTypes, String secret) {
        Roles.requireDeclarant(caller, Role.PLATFORM);
        List<Violation> violations = new ArrayList<>();
        checkUrl(url).ifPresent(violations::add);
        EnumSet<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        if (eventTypes == null || eventTypes.isEmpty()) {
            violations.add(new Violation("/eventTypes", "required", "name at least one event type"));
        } else {
            for (int i = 0; i < eventTypes.size(); i++) {
                String t = eventTypes.get(i);
                Optional<WebhookEventType> known = t == null ? Optional.empty() : WebhookEventType.of(t);
                if (known.isEmpty()) {
                    violations.add(new Violation("/eventTypes/" + i, "unknown-event-type",
                            "not an event type; known: " + known()));
                } else {
                    types.add(known.get());
                }
            }
        }
        if (secret != null) {
            WebhookSignature.refusal(secret).ifPresent(r -> violations.add(new Violation("/secret", "malformed", r)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        if (store.ofParty(caller.partyId()).size() >= MAX_PER_PARTY) {
            throw new Conflict(ProblemTypes.TOO_MANY_SUBSCRIPTIONS, "A party may hold at most " + MAX_PER_PARTY
                    + " subscriptions; delete one first");
        }
        String signing = secret != null ? secret : WebhookSignature.newSecret();
        Subscription created = store.create(caller.partyId(), caller.role(), caller.clientId(), url, types, signing);
        // never the secret, nor the URL's query, which may carry a receiver's token
        audit.record(caller.clientId(), "webhook.subscribed", "webhook-subscription", created.id(), null,
                "url", url.replaceFirst("[?#].*$", ""), "eventTypes", types.stream().map(Enum::name).toList());
        active.reload();
        return new Created(created, signing);
    }

    public List<Subscription> list(Caller caller) {
        return store.ofParty(caller.partyId());
    }

    public Subscription show(Caller caller, UUID id) {
        return store.of(caller.partyId(), id).orElseThrow(() -> new NotFound("No subscription " + id));
    }

    public Subscription pause(Caller caller, UUID id, boolean paused) {
        show(caller, id);
        store.pause(id, paused);
        audit.record(caller.clientId(), paused ? "webhook.paused" : "webhook.resumed", "webhook-subscription", id, null);
        active.reload();
        dispatcher.wake(List.of(id));
        return show(caller, id);
    }

    public void delete(Caller caller, UUID id) {
        show(caller, id);
        store.delete(id);
        audit.record(caller.clientId(), "webhook.deleted", "webhook-subscription", id, null);
        active.reload();
    }

    /** The new secret, and until when the one it replaces still signs alongside it. */
    public record Rotated(String secret, Instant previousSecretValidUntil) {
    }

    public Rotated rotate(Caller caller, UUID id, String secret, Long overlapSeconds) {
        show(caller, id);
        List<Violation> violations = new ArrayList<>();
        if (secret != null) {
            WebhookSignature.refusal(secret).ifPresent(r -> violations.add(new Violation("/secret", "malformed", r)));
        }
        long overlap = overlapSeconds == null ? Duration.ofDays(1).toSeconds() : overlapSeconds;
        if (overlap < 0 || overlap > MAX_OVERLAP.toSeconds()) {
            violations.add(new Violation("/overlapSeconds", "out-of-range", "0 to " + MAX_OVERLAP.toSeconds() + " seconds"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        String signing = secret != null ? secret : WebhookSignature.newSecret();
        Instant until = Instant.now().plusSeconds(overlap);
        store.rotate(id, signing, until);
        audit.record(caller.clientId(), "webhook.secret-rotated", "webhook-subscription", id, null,
                "previousSecretValidUntil", until.toString());
        active.reload();
        return new Rotated(signing, until);
    }

    public int replay(Caller caller, UUID id, Instant from) {
        show(caller, id);
        int requeued = deliveries.replay(id, from);
        audit.record(caller.clientId(), "webhook.replayed", "webhook-subscription", id, null, "from", String.valueOf(from),
                "requeued", requeued);
        dispatcher.wake(List.of(id));
        return requeued;
    }

    public List<Deliveries.Logged> deliveries(Caller caller, UUID id, long after, int limit) {
        show(caller, id);
        return deliveries.log(id, after, limit);
    }

    private Optional<Violation> checkUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of(new Violation("/url", "required", "the https URL deliveries are posted to"));
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || host.isEmpty() || uri.getUserInfo() != null || uri.getFragment() != null
                    || url.length() > 2000) {
                return Optional.of(new Violation("/url", "malformed",
                        "an absolute https URL with a host, no credentials or fragment, at most 2000 characters"));
            }
            boolean local = LOCAL_HOSTS.contains(host);
            if (local ? !settings.allowHttpLocalhost : internalAddress(host)) {
                // the service's own network is no receiver's: refusing it keeps subscriptions from probing it
                return Optional.of(new Violation("/url", "internal-address",
                        "must name a public host, not a loopback, private or link-local address"));
            }
            if (scheme.equals("https") || (scheme.equals("http") && local)) {
                return Optional.empty();
            }
            return Optional.of(new Violation("/url", "https-required", "deliveries are sent over https only"));
        } catch (URISyntaxException e) {
            return Optional.of(new Violation("/url", "malformed", "not a URL: " + e.getReason()));
        }
    }

    /**
     * A host that is or resolves to an address in a range no partner's receiver lives in
     * ({@link ReceiverAddresses}). A name that does not resolve (yet) is accepted: every
     * delivery checks it again before it is sent.
     */
    private boolean internalAddress(String host) {
        try {
            return ReceiverAddresses.refused(host, settings.allowHttpLocalhost);
        } catch (UnknownHostException e) {
            String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            return literal.matches("[0-9.]+") || literal.contains(":");
        }
    }

    private static String known() {
        return String.join(", ", java.util.Arrays.stream(WebhookEventType.values()).map(WebhookEventType::type).toList());
    }
}
