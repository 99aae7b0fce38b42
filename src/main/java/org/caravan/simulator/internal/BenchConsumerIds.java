package org.caravan.simulator.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.caravan.simulator.CaravanClient;
import org.caravan.simulator.CaravanClient.Reply;

/**
 * Consumer ids for a bench traffic's recipients, issued through the API by the customs of
 * each destination before anything is measured. The first {@link #PER_COUNTRY} recipients
 * of each destination quote an id, so every chunk of a manifest has its ids looked up; the
 * rest (only on runs far larger than the usual) quote none, which keeps the set-up of a
 * million-parcel run within a minute.
 */
public final class BenchConsumerIds implements BenchTraffic.ConsumerIdsOf {

    /**
     * Enough that every recipient of the usual run (10,000 parcels a round) quotes an id, as the
     * bench's traffic always has, so its figures stay comparable: a recipient keyed by name and
     * postcode instead costs screening some microseconds more (docs/benchmarks.md).
     */
    public static final int PER_COUNTRY = 5_000;

    private final CaravanClient api;
    private final Map<String, String> officers;
    private final String tag;
    private final Map<String, String> issued = new ConcurrentHashMap<>();

    /** {@code officers}: a token of an officer of each destination, by country. */
    public BenchConsumerIds(CaravanClient api, Map<String, String> officers, String tag) {
        this.api = api;
        this.officers = Map.copyOf(officers);
        this.tag = tag;
    }

    @Override
    public Optional<String> of(String country, int person) {
        return Optional.ofNullable(issued.get(country + person));
    }

    /** Issues the ids of {@code traffic}'s first recipients; returns how many. */
    public int issueFor(BenchTraffic traffic) {
        int count = 0;
        for (String country : BenchTraffic.countries()) {
            for (int person = 0; person < Math.min(PER_COUNTRY, traffic.recipients(country)); person++) {
                issued.put(country + person, issue(country, "BENCH " + tag + " " + country + person));
                count++;
            }
        }
        return count;
    }

    private String issue(String country, String nationalId) {
        Reply r = api.post("/api/v1/consumer-ids", officers.get(country), null,
                Map.of("country", country, "nationalId", nationalId));
        if (r.status() == 409) {
            // the same run tag again: the person is given a fresh id, the old one revoked
            r = api.post("/api/v1/consumer-ids", officers.get(country), null,
                    Map.of("country", country, "nationalId", nationalId, "replacing", "bench run again"));
        }
        if (r.status() != 201) {
            throw new IllegalStateException("Consumer id refused: " + r.raw());
        }
        return r.body().get("consumerId").asString();
    }
}
