package org.caravan.simulator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The manifests of the benchmark: a rail consolidation from Urumqi through Kazakhstan and
 * Kyrgyzstan to Uzbekistan, so one manifest carries parcels for all three administrations.
 */
public final class BenchManifests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BenchManifests() {
    }

    /** The master consignment: everything of a manifest but its house consignments. */
    public static Map<String, Object> header(String manifestRef) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("manifestRef", manifestRef);
        m.put("transportMode", "RAIL");
        m.put("conveyanceRef", "TRAIN-" + manifestRef);
        m.put("departure", Map.of("country", "CN", "location", "CNURC"));
        m.put("arrival", Map.of("country", "KZ", "location", "KZALA"));
        m.put("route", List.of("CN", "KZ", "KG", "UZ"));
        return m;
    }

    /** Parcels {@code from} (inclusive) to {@code to} (exclusive) of the traffic as one JSON manifest. */
    public static byte[] json(String manifestRef, BenchTraffic traffic, int from, int to) {
        List<Map<String, Object>> lines = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            lines.add(traffic.parcel(i).line());
        }
        Map<String, Object> manifest = header(manifestRef);
        manifest.put("consignments", lines);
        return JSON.writeValueAsBytes(manifest);
    }

    /** The first {@code parcels} parcels as JSON Lines, generated while the body is read. */
    public static JsonLinesBody jsonLines(String manifestRef, BenchTraffic traffic, int parcels) {
        return new JsonLinesBody(JSON.writeValueAsBytes(header(manifestRef)), parcels,
                i -> JSON.writeValueAsBytes(traffic.parcel(i).line()));
    }
}
