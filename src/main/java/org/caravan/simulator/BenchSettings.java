package org.caravan.simulator;

/**
 * What a bench run measures and how hard.
 *
 * @param parcels parcels in the throughput manifest
 * @param rounds measured throughput rounds after one warm-up
 * @param rate parcels a second offered in the latency run
 * @param latencySeconds how long the latency run offers its load
 * @param latencyManifestParcels parcels in each manifest of the latency run
 * @param bigManifest parcels in the JSON Lines manifest; 0 skips it
 * @param prefill parcels filed before measuring, so the figures are taken on a store that holds them
 * @param seed what makes the traffic repeatable
 * @param orderClients orders filed at once in the set-up
 */
public record BenchSettings(int parcels, int rounds, int rate, int latencySeconds, int latencyManifestParcels,
        int bigManifest, int prefill, long seed, int orderClients) {

    public BenchSettings {
        if (parcels < 1 || rounds < 1 || rate < 1 || latencySeconds < 0 || latencyManifestParcels < 1 || bigManifest < 0
                || prefill < 0 || orderClients < 1) {
            throw new IllegalArgumentException("parcels, rounds, rate, parcels per latency manifest and order clients must be positive;"
                    + " seconds, big manifest and prefill not negative");
        }
    }
}
