package org.caravan.tracking.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.caravan.filing.ConsigneeProof;
import org.caravan.filing.FiledConsignment;
import org.caravan.filing.FiledConsignments;
import org.caravan.tracking.TooManyAttempts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The limits on what consumers may try without a token, kept in one place so the JSON API
 * and the tracking page draw on the same buckets: lookups per client address (where the
 * operator sets a limit), proof attempts per address, and failed proofs per parcel from
 * anywhere, since a four-digit phone tail must not fall to guesses spread over many
 * addresses.
 */
@Component
public class ConsigneeProofs {

    private final FiledConsignments filings;
    private final ClientBuckets proofAttempts;
    private final ClientBuckets failedProofs;
    private final Optional<ClientBuckets> lookups;
    private final Set<String> trustedProxies;

    ConsigneeProofs(FiledConsignments filings,
            @Value("${caravan.tracking.proof-attempts-per-minute:10}") int proofAttemptsPerMinute,
            @Value("${caravan.tracking.lookups-per-minute:300}") int lookupsPerMinute,
            @Value("${caravan.tracking.trusted-proxies:}") Set<String> trustedProxies,
            @Value("${caravan.tracking.failed-proofs-per-parcel-per-hour:20}") int failedProofsPerHour) {
        this.filings = filings;
        this.proofAttempts = new ClientBuckets(proofAttemptsPerMinute, Duration.ofMinutes(1), 100_000, Clock.systemUTC());
        this.lookups = lookupsPerMinute > 0
                ? Optional.of(new ClientBuckets(lookupsPerMinute, Duration.ofMinutes(1), 100_000, Clock.systemUTC()))
                : Optional.empty();
        this.trustedProxies = Set.copyOf(trustedProxies);
        this.failedProofs = new ClientBuckets(failedProofsPerHour, Duration.ofHours(1), 100_000, Clock.systemUTC());
    }

    /** Takes one lookup for the client, or refuses it. */
    public void lookup(String client) {
        Optional<Long> wait = lookups.flatMap(l -> l.take(client));
        if (wait.isPresent()) {
            throw new TooManyAttempts("Too many lookups", "Too many tracking lookups from this address", wait.get());
        }
    }

    /**
     * Takes one proof attempt for the client, or refuses it when the address has tried too
     * often or the parcel has seen too many failed proofs.
     */
    public void attempt(String client, String trackingNumber) {
        Optional<Long> wait = proofAttempts.take(client).or(() -> failedProofs.peek(trackingNumber));
        if (wait.isPresent()) {
            throw new TooManyAttempts("Too many proof attempts",
                    "Too many attempts to prove a parcel's details from this address or for this parcel", wait.get());
        }
    }

    /** The filing, when the proof holds; a failed proof counts against the parcel. */
    public Optional<FiledConsignment> proven(String trackingNumber, String proof) {
        Optional<FiledConsignment> proven = filings.byTrackingNumber(trackingNumber)
                .filter(c -> ConsigneeProof.proves(c.consignee(), proof));
        if (proven.isEmpty()) {
            failedProofs.take(trackingNumber);
        }
        return proven;
    }

    /**
     * The address the request came from; behind a proxy named in caravan.tracking.trusted-proxies,
     * the last address it forwarded for, so consumers behind one proxy are not one client.
     */
    public String client(String remote, String forwarded) {
        if (forwarded != null && trustedProxies.contains(remote)) {
            String[] hops = forwarded.split(",");
            String client = hops[hops.length - 1].trim();
            if (!client.isEmpty() && client.length() <= 64) {
                return client;
            }
        }
        return remote;
    }
}
