package org.caravan.simulator;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * End-to-end throughput: one large manifest posted over HTTP, validated, matched, stored,
 * risk-screened, assessed and tracked, timed until the last parcel has its decision.
 * The baseline is a raw JDBC batch insert of the same number of consignment-sized rows
 * into a scratch table, in the same run on the same store.
 */
@Component
public class ManifestBenchmark {

    private final DataSource dataSource;
    private final JsonMapper json = JsonMapper.builder().build();

    ManifestBenchmark(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Round(int parcels, double endToEndSeconds, double baselineSeconds) {

        double endToEndRate() {
            return parcels / endToEndSeconds;
        }

        double baselineRate() {
            return parcels / baselineSeconds;
        }
    }

    public List<Round> run(String base, int parcels, int rounds, PrintStream out) throws Exception {
        CaravanClient api = new CaravanClient(base);
        String courier = api.token("demo-courier", "demo-secret");
        String officer = api.token("demo-admin", "demo-secret");
        List<Round> results = new ArrayList<>();
        out.printf("Caravan bench: %d parcels per manifest, 1 warm-up + %d rounds%n", parcels, rounds);
        for (int round = 0; round <= rounds; round++) {
            String runId = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
            byte[] body = json.writeValueAsBytes(manifest(runId, parcels));
            double baseline = baseline(parcels);
            long start = System.nanoTime();
            var r = api.post("/api/v1/manifests", courier, "bench-" + runId, body);
            if (r.status() != 202) {
                throw new IllegalStateException("Manifest refused: " + r.body());
            }
            String last = "BNC" + runId + String.format("%07d", parcels - 1);
            while (api.get("/api/v1/tracking/" + last, officer).status() != 200) {
                Thread.sleep(5);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Round result = new Round(parcels, seconds, baseline);
            if (round > 0) {
                results.add(result);
            }
            out.printf("  %s: end to end %.2f s = %.0f parcels/s; raw insert baseline %.2f s = %.0f rows/s; ratio %.3f%n",
                    round == 0 ? "warm-up" : "round " + round, seconds, result.endToEndRate(), baseline,
                    result.baselineRate(), result.endToEndRate() / result.baselineRate());
        }
        double e2e = results.stream().mapToDouble(Round::endToEndRate).average().orElse(0);
        double raw = results.stream().mapToDouble(Round::baselineRate).average().orElse(0);
        out.printf("Mean of %d rounds: %.0f parcels/s end to end, %.0f rows/s raw insert, ratio %.3f%n", results.size(), e2e,
                raw, e2e / raw);
        return results;
    }

    private static Map<String, Object> manifest(String runId, int parcels) {
        List<Map<String, Object>> lines = new ArrayList<>(parcels);
        for (int i = 0; i < parcels; i++) {
            String destination = i % 3 == 2 ? "UZ" : "KZ";
            lines.add(Map.of("trackingNumber", "BNC" + runId + String.format("%07d", i),
                    "consignee", Map.of("name", "Bench Recipient " + i, "consumerId", destination + "-B" + runId + i,
                            "address", Map.of("city", destination.equals("KZ") ? "Almaty" : "Tashkent", "country", destination)),
                    "grossMassKg", "0.550", "declaredValue", "25.00", "currency", "USD",
                    "items", List.of(Map.of("description", "Cotton T-shirt", "hsCode", "610910", "quantity", 2,
                            "value", "25.00", "originCountry", "CN"))));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("manifestRef", "BENCH-" + runId);
        m.put("transportMode", "RAIL");
        m.put("departure", Map.of("country", "CN", "location", "CNAKL"));
        m.put("arrival", Map.of("country", "KZ", "location", "KZALA"));
        m.put("route", List.of("CN", "KZ", "UZ"));
        m.put("consignments", lines);
        return m;
    }

    /** Inserts {@code parcels} rows shaped like consignments in one batch transaction; returns seconds. */
    private double baseline(int parcels) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("drop table if exists bench_raw_consignment");
                s.execute("create table bench_raw_consignment (id uuid primary key, manifest_id uuid, tracking_number varchar(40),"
                        + " consignee_name varchar(200), consignee_country char(2), gross_mass_kg numeric(12,3),"
                        + " declared_value numeric(19,4), currency char(3), items text, filed_at timestamp with time zone)");
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            long start = System.nanoTime();
            UUID manifest = UUID.randomUUID();
            try (PreparedStatement ps = c.prepareStatement("insert into bench_raw_consignment values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < parcels; i++) {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setObject(2, manifest);
                    ps.setString(3, "RAW" + i);
                    ps.setString(4, "Bench Recipient " + i);
                    ps.setString(5, "KZ");
                    ps.setBigDecimal(6, new java.math.BigDecimal("0.550"));
                    ps.setBigDecimal(7, new java.math.BigDecimal("25.00"));
                    ps.setString(8, "USD");
                    ps.setString(9, "[{\"description\":\"Cotton T-shirt\",\"hsCode\":\"610910\",\"quantity\":2,\"value\":\"25.00\",\"originCountry\":\"CN\"}]");
                    ps.setTimestamp(10, Timestamp.from(Instant.now()));
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            c.setAutoCommit(auto);
            try (Statement s = c.createStatement()) {
                s.execute("drop table bench_raw_consignment");
            }
            return seconds;
        }
    }
}
