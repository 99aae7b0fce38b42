package org.caravan.bench;

import java.math.BigDecimal;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.caravan.CaravanApplication;
import org.caravan.monitoring.Granularity;
import org.caravan.monitoring.PilotMeasures;
import org.caravan.monitoring.Query;
import org.caravan.monitoring.Report;
import org.caravan.monitoring.RollupCompaction;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Monitoring at volume (docs/benchmarks.md, "Monitoring at volume"): fills
 * {@code monitoring_rollup} as a busy pilot's events would (decisions a chunk of 2,000 at a
 * time, arrivals, officers' results and payments a case at a time), times the dashboard's
 * report and lists on the raw appended rows, compacts, and times them again in the same run.
 *
 * <pre>
 * java -cp ... org.caravan.bench.MonitoringVolumeBench --days=30 --parcels=100000 [--lanes=20] [--sections=21]
 *   [--url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=monitoring_volume_bench&amp;reWriteBatchedInserts=true]
 * </pre>
 * Without --url, an H2 store in a scratch directory. The PostgreSQL schema is dropped first.
 */
public final class MonitoringVolumeBench {

    /** What to generate: {@code parcels} a day in one jurisdiction, over {@code days} days from {@code first}. */
    public record Settings(String jurisdiction, LocalDate first, int days, int parcels, int lanes, int sections, long seed) {
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
            "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI"};
    private static final String[] ORIGINS = {"CN", "TR", "KR", "DE", "IN", "AE", "JP", "US", "IT", "PL", "GB", "VN", "TH",
            "FR", "ES", "NL", "MY", "ID", "PK", "IR"};

    private MonitoringVolumeBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            a.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        Settings s = new Settings("KZ", LocalDate.of(2025, 1, 1), Integer.parseInt(a.getOrDefault("days", "30")),
                Integer.parseInt(a.getOrDefault("parcels", "100000")), Integer.parseInt(a.getOrDefault("lanes", "20")),
                Integer.parseInt(a.getOrDefault("sections", "21")), 2026);
        List<String> props = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--caravan.monitoring.compaction.enabled=false"));
        String url = a.get("url");
        if (url != null) {
            String schema = url.replaceAll(".*currentSchema=([a-z_]+).*", "$1");
            try (var c = DriverManager.getConnection(url.replaceAll("currentSchema=[a-z_]+&?", ""), "postgres", "")) {
                c.createStatement().execute("drop schema if exists " + schema + " cascade");
            }
            props.addAll(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                    "--spring.datasource.password=", "--spring.flyway.schemas=" + schema));
        } else {
            props.add("--caravan.data-dir=" + java.nio.file.Files.createTempDirectory("monitoring-bench"));
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CaravanApplication.class)
                .web(WebApplicationType.NONE).profiles(url != null ? new String[] {"postgres"} : new String[0])
                .run(props.toArray(String[]::new))) {
            run(context, s).forEach((k, v) -> System.out.println(k + ": " + v));
        }
    }

    /** Fills, times, compacts and times again; the figures in order, times in milliseconds (median of 5). */
    public static Map<String, Object> run(ApplicationContext context, Settings s) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        PilotMeasures measures = context.getBean(PilotMeasures.class);
        Map<String, Object> f = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        long rows = fill(jdbc, s);
        f.put("rowsAppended", rows);
        f.put("fillSeconds", (System.nanoTime() - t0) / 1_000_000_000.0);
        LocalDate last = s.first().plusDays(s.days() - 1);
        Query month = new Query(Set.of(s.jurisdiction()), Optional.empty(), Optional.empty(),
                last.minusDays(Math.min(29, s.days() - 1)), last, Granularity.DAY);
        Query year = new Query(Set.of(s.jurisdiction()), Optional.empty(), Optional.empty(), s.first(), last,
                Granularity.MONTH);
        long cold = System.nanoTime();
        Report before = measures.report(month);
        f.put("raw.report30DaysByDayFirstCallMs", (System.nanoTime() - cold) / 1_000_000);
        Report beforeYear = measures.report(year);
        f.put("raw.report30DaysByDayMs", median(() -> measures.report(month)));
        f.put("raw.reportAllDaysByMonthMs", median(() -> measures.report(year)));
        f.put("raw.distinctLanesOverRollupsMs", median(() -> jdbc.queryForList(
                "select distinct lane_key from monitoring_rollup where jurisdiction in (?)", String.class,
                s.jurisdiction())));
        f.put("keyTable.lanesMs", median(() -> measures.lanes(Set.of(s.jurisdiction()))));
        f.put("keyTable.sectionsMs", median(() -> measures.sections(Set.of())));
        long t1 = System.nanoTime();
        RollupCompaction.Compacted c = context.getBean(RollupCompaction.class).compact();
        f.put("compactionSeconds", (System.nanoTime() - t1) / 1_000_000_000.0);
        f.put("compactedDays", c.days());
        f.put("rowsBefore", c.rowsBefore());
        f.put("rowsAfter", c.rowsAfter());
        if (jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) con -> con.getMetaData().getDatabaseProductName())
                .equals("PostgreSQL")) {
            // the steady state: autovacuum has cleared the moved rows and refreshed the statistics
            for (String table : List.of("monitoring_rollup", "monitoring_rollup_compacted", "monitoring_day_total")) {
                jdbc.execute("vacuum analyze " + table);
            }
        }
        cold = System.nanoTime();
        measures.report(month);
        f.put("compacted.report30DaysByDayFirstCallMs", (System.nanoTime() - cold) / 1_000_000);
        f.put("compacted.report30DaysByDayMs", median(() -> measures.report(month)));
        f.put("compacted.reportAllDaysByMonthMs", median(() -> measures.report(year)));
        f.put("reportsIdentical", before.equals(measures.report(month)) && beforeYear.equals(measures.report(year)));
        return f;
    }

    private static double median(Supplier<?> work) {
        work.get();
        double[] ms = new double[5];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1_000_000.0;
        }
        Arrays.sort(ms);
        return Math.round(ms[2] * 10) / 10.0;
    }

    private record Key(String lane, String section, String measure, Long bucket, String currency) {
    }

    /**
     * Appends the rows the recorder would: per decision chunk (2,000 parcels of one lane) a row
     * per section and measure, pre-arrival release times in the tens of milliseconds; per
     * arrival of a pre-released parcel a row (arrival to release 0); per officer's result
     * (3 %) a few rows with waits of hours to days; per payment (20 %) a row.
     */
    private static long fill(JdbcTemplate jdbc, Settings s) {
        Random random = new Random(s.seed());
        String[] lanes = new String[s.lanes()];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = ORIGINS[i % ORIGINS.length] + "-" + s.jurisdiction();
        }
        double[] sectionWeights = new double[s.sections()];
        double sum = 0;
        for (int i = 0; i < sectionWeights.length; i++) {
            sum += 1.0 / (i + 1);
            sectionWeights[i] = sum;
        }
        long rows = 0;
        for (int d = 0; d < s.days(); d++) {
            LocalDate day = s.first().plusDays(d);
            List<Object[]> batch = new ArrayList<>();
            for (int chunk = 0; chunk < s.parcels(); chunk += 2000) {
                String lane = lanes[random.nextInt(lanes.length)];
                Map<Key, long[]> decided = new LinkedHashMap<>();
                Map<Key, BigDecimal> amounts = new HashMap<>();
                for (int p = chunk; p < Math.min(s.parcels(), chunk + 2000); p++) {
                    double r = random.nextDouble() * sum;
                    int si = 0;
                    while (sectionWeights[si] < r) {
                        si++;
                    }
                    String section = ROMAN[si % ROMAN.length];
                    count(decided, new Key(lane, section, "decided", null, null));
                    double roll = random.nextDouble();
                    if (roll < 0.97) {
                        count(decided, new Key(lane, section, "released", null, null));
                        count(decided, new Key(lane, section, "released_before_arrival", null, null));
                        long ms = Math.max(1, Math.round(Math.exp(Math.log(30) + 0.5 * random.nextGaussian())));
                        count(decided, new Key(lane, section, "filing_to_release_ms", bucket(ms), null));
                        // the arrival of a parcel released before it: one row of its own
                        batch.add(row(day, s, lane, section, "arrival_to_release_ms", 0L, null, 1, null));
                    } else {
                        String selection = random.nextInt(4) == 0 ? "RANDOM" : "TARGETED";
                        count(decided, new Key(lane, section, "inspection_selected." + selection, null, null));
                        long wait = Math.round(Math.exp(Math.log(6 * 3_600_000.0) + random.nextGaussian()));
                        batch.add(row(day, s, lane, section, "inspection_completed." + selection, null, null, 1, null));
                        if (random.nextInt(3) == 0) {
                            batch.add(row(day, s, lane, section, "inspection_hit." + selection, null, null, 1, null));
                        }
                        batch.add(row(day, s, lane, section, "released", null, null, 1, null));
                        batch.add(row(day, s, lane, section, "arrival_to_release_ms", bucket(wait), null, 1, null));
                        batch.add(row(day, s, lane, section, "filing_to_release_ms",
                                bucket(wait + 86_400_000L + random.nextInt(4 * 86_400) * 1000L), null, 1, null));
                    }
                    if (random.nextDouble() < 0.2) {
                        BigDecimal duty = BigDecimal.valueOf(500 + random.nextInt(200_000), 2);
                        Key k = new Key(lane, section, "duties_assessed", null, "KZT");
                        count(decided, k);
                        amounts.merge(k, duty, BigDecimal::add);
                        batch.add(row(day, s, lane, section, "duties_collected", null, "KZT", 1, duty));
                    }
                }
                decided.forEach((k, n) -> batch.add(row(day, s, k.lane(), k.section(), k.measure(), k.bucket(),
                        k.currency(), n[0], amounts.get(k))));
            }
            jdbc.batchUpdate("""
                    insert into monitoring_rollup (counted_on, jurisdiction, lane_key, hs_section, measure, bucket, currency,
                      cases, amount) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
            rows += batch.size();
        }
        for (String lane : lanes) {
            for (int i = 0; i < s.sections(); i++) {
                jdbc.update("insert into monitoring_key (jurisdiction, lane_key, hs_section) values (?, ?, ?) "
                        + "on conflict do nothing", s.jurisdiction(), lane, ROMAN[i % ROMAN.length]);
            }
        }
        return rows;
    }

    private static void count(Map<Key, long[]> counts, Key k) {
        counts.computeIfAbsent(k, x -> new long[1])[0]++;
    }

    private static Object[] row(LocalDate day, Settings s, String lane, String section, String measure, Long bucket,
            String currency, long cases, BigDecimal amount) {
        return new Object[] {day, s.jurisdiction(), lane, section, measure, bucket, currency, cases, amount};
    }

    /** Rounded up to three significant figures, as monitoring's histograms are. */
    private static long bucket(long ms) {
        if (ms < 1000) {
            return ms;
        }
        long scale = 1;
        while (ms / scale >= 1000) {
            scale *= 10;
        }
        return (ms + scale - 1) / scale * scale;
    }
}
