package org.caravan.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.caravan.monitoring.Granularity;
import org.caravan.monitoring.PilotMeasures;
import org.caravan.monitoring.Query;
import org.caravan.monitoring.Report;
import org.caravan.monitoring.RollupCompaction;
import org.caravan.monitoring.internal.store.RollupTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Compacting days of rollups changes no measure of any report, leaves today and yesterday
 * alone, and is safe to run twice or from two instances at once; the lists of lanes and
 * sections come from the key table. Each test writes its own month of 2001 in a jurisdiction
 * no other test uses, as the appends of many single-case events would. Runs on H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class RollupCompactionScenario {

    static final String JURISDICTION = "ZQ";
    static final List<String> LANES = List.of("CN-ZQ", "TR-ZQ");
    static final List<String> SECTIONS = List.of("XVI", "II", "XI");

    @Autowired
    RollupTable table;
    @Autowired
    RollupCompaction compaction;
    @Autowired
    PilotMeasures measures;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void compactionKeepsEveryMeasureOfEveryReportAndLeavesFewerRows() {
        LocalDate from = LocalDate.of(2001, 3, 1);
        LocalDate to = LocalDate.of(2001, 3, 31);
        appendEvents(from, to, 4_000, 1);
        List<Query> queries = queries(from, to);
        List<Report> before = queries.stream().map(measures::report).toList();
        long rowsBefore = rows(from, to);
        long keys = jdbc.sql("select count(*) from (select distinct counted_on, lane_key, hs_section, measure, bucket, "
                + "currency from monitoring_rollup where jurisdiction = ? and counted_on between ? and ?) k")
                .params(JURISDICTION, from, to).query(Long.class).single();

        RollupCompaction.Compacted compacted = compaction.compact();

        assertThat(compacted.days()).isGreaterThanOrEqualTo(31);
        assertThat(rows("monitoring_rollup", from, to)).isZero();
        assertThat(rows("monitoring_rollup_compacted", from, to)).as("one row per key and day").isEqualTo(keys)
                .isLessThan(rowsBefore);
        assertThat(queries.stream().map(measures::report).toList()).isEqualTo(before);
        assertThat(before.get(0).total().decided()).isPositive();
        assertThat(before.get(0).total().medianFilingToRelease()).isNotNull();
        assertThat(before.get(0).total().p90ArrivalToRelease()).isNotNull();
        assertThat(before.get(0).total().dutiesCollected()).hasSize(2);
    }

    @Test
    void todayAndYesterdayAreNeverCompacted() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate yesterday = today.minusDays(1);
        appendEvents(yesterday, today, 300, 2);
        long rowsBefore = rows(yesterday, today);

        compaction.compact();

        assertThat(rows(yesterday, today)).isEqualTo(rowsBefore);
        assertThat(jdbc.sql("select count(*) from monitoring_compaction where counted_on >= ?").param(yesterday)
                .query(Long.class).single()).isZero();
    }

    @Test
    void compactingTwiceOrFromTwoInstancesAtOnceChangesNothing() throws Exception {
        LocalDate from = LocalDate.of(2001, 4, 1);
        LocalDate to = LocalDate.of(2001, 4, 30);
        appendEvents(from, to, 3_000, 3);
        List<Query> queries = queries(from, to);
        List<Report> before = queries.stream().map(measures::report).toList();
        long rowsBefore = rows(from, to);

        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<RollupCompaction.Compacted> one = CompletableFuture.supplyAsync(() -> await(start));
        CompletableFuture<RollupCompaction.Compacted> two = CompletableFuture.supplyAsync(() -> await(start));
        start.countDown();
        RollupCompaction.Compacted a = one.get();
        RollupCompaction.Compacted b = two.get();
        long rowsAfter = rows(from, to);

        assertThat(queries.stream().map(measures::report).toList()).isEqualTo(before);
        assertThat(rows("monitoring_rollup", from, to)).isZero();
        assertThat(jdbc.sql("select sum(rows_after) from monitoring_compaction where counted_on between ? and ?")
                .params(from, to).query(Long.class).single()).as("each day moved once").isEqualTo(rowsAfter);
        assertThat(a.days() + b.days()).as("each day compacted by one of the two").isGreaterThanOrEqualTo(30);
        assertThat(a.rowsBefore() + b.rowsBefore()).isEqualTo(rowsBefore);

        assertThat(compaction.compact().days()).isZero();
        assertThat(rows(from, to)).isEqualTo(rowsAfter);
        assertThat(queries.stream().map(measures::report).toList()).isEqualTo(before);
    }

    @Test
    void aReportDuringCompactionSeesEachDayWhole() throws Exception {
        LocalDate from = LocalDate.of(2001, 5, 1);
        LocalDate to = LocalDate.of(2001, 5, 31);
        appendEvents(from, to, 6_000, 4);
        Query month = new Query(Set.of(JURISDICTION), Optional.empty(), Optional.empty(), from, to, Granularity.DAY);
        Report before = measures.report(month);

        AtomicBoolean compacting = new AtomicBoolean(true);
        CompletableFuture<List<Report>> seen = CompletableFuture.supplyAsync(() -> {
            List<Report> reports = new ArrayList<>();
            while (compacting.get()) {
                reports.add(measures.report(month));
            }
            return reports;
        });
        compaction.compact();
        compacting.set(false);

        assertThat(seen.get()).isNotEmpty().allSatisfy(r -> assertThat(r).isEqualTo(before));
        assertThat(measures.report(month)).isEqualTo(before);
    }

    @Test
    void theListsOfLanesAndSectionsComeFromTheKeysOfWhatWasWritten() {
        appendEvents(LocalDate.of(2001, 6, 1), LocalDate.of(2001, 6, 2), 200, 5);
        jdbc.sql("delete from monitoring_rollup where jurisdiction = ?").param(JURISDICTION).update();
        // the keys stay once written: the lists say what was ever measured, without reading the rollups
        assertThat(measures.lanes(Set.of(JURISDICTION))).containsExactlyElementsOf(LANES);
        assertThat(measures.sections(Set.of(JURISDICTION))).containsExactly("II", "XI", "XVI");
        assertThat(measures.lanes(Set.of())).containsAll(LANES);
        assertThat(measures.lanes(Set.of("ZX"))).isEmpty();
    }

    private RollupCompaction.Compacted await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return compaction.compact();
    }

    private List<Query> queries(LocalDate from, LocalDate to) {
        List<Query> queries = new ArrayList<>();
        for (Granularity g : Granularity.values()) {
            queries.add(new Query(Set.of(JURISDICTION), Optional.empty(), Optional.empty(), from, to, g));
        }
        queries.add(new Query(Set.of(JURISDICTION), Optional.of(LANES.get(1)), Optional.empty(), from, to, Granularity.DAY));
        queries.add(new Query(Set.of(JURISDICTION), Optional.empty(), Optional.of("XI"), from, to, Granularity.WEEK));
        queries.add(new Query(Set.of(JURISDICTION), Optional.of(LANES.get(0)), Optional.of("II"), from.plusDays(3),
                to.minusDays(5), Granularity.DAY));
        return queries;
    }

    /** The rows, appended or compacted, of the days. */
    private long rows(LocalDate from, LocalDate to) {
        return rows("monitoring_rollup", from, to) + rows("monitoring_rollup_compacted", from, to);
    }

    private long rows(String table, LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from " + table + " where jurisdiction = ? and counted_on between ? and ?")
                .params(JURISDICTION, from, to).query(Long.class).single();
    }

    /**
     * {@code events} single-case events spread over the days, each appended in its own
     * transaction as the listener does: decisions, arrivals of released parcels, releases
     * after inspection with their hours of waiting, results and payments in two currencies.
     */
    private void appendEvents(LocalDate from, LocalDate to, int events, long seed) {
        Random random = new Random(seed);
        int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        for (int i = 0; i < events; i++) {
            Rollup rollup = new Rollup();
            LocalDate day = from.plusDays(random.nextInt(days));
            Rollup.Keys k = new Rollup.Keys(day, JURISDICTION, LANES.get(random.nextInt(LANES.size())),
                    SECTIONS.get(random.nextInt(SECTIONS.size())));
            switch (random.nextInt(5)) {
                case 0 -> {
                    rollup.count(k, Measure.DECIDED);
                    rollup.count(k, Measure.RELEASED);
                    rollup.count(k, Measure.RELEASED_BEFORE_ARRIVAL);
                    histogram(rollup, k, Measure.FILING_TO_RELEASE, 10 + random.nextInt(90));
                }
                case 1 -> histogram(rollup, k, Measure.ARRIVAL_TO_RELEASE, 0);
                case 2 -> {
                    rollup.count(k, Measure.DECIDED);
                    rollup.count(k, Measure.INSPECTION_SELECTED + (random.nextBoolean() ? "TARGETED" : "RANDOM"));
                }
                case 3 -> {
                    String selection = random.nextBoolean() ? "TARGETED" : "RANDOM";
                    rollup.count(k, Measure.INSPECTION_COMPLETED + selection);
                    if (random.nextInt(3) == 0) {
                        rollup.count(k, Measure.INSPECTION_HIT + selection);
                    }
                    rollup.count(k, Measure.RELEASED);
                    histogram(rollup, k, Measure.ARRIVAL_TO_RELEASE, 3_600_000L + (long) random.nextInt(3 * 86_400) * 1000);
                    histogram(rollup, k, Measure.FILING_TO_RELEASE, 7_200_000L + (long) random.nextInt(4 * 86_400) * 1000);
                }
                default -> rollup.money(k, random.nextBoolean() ? Measure.DUTIES_COLLECTED : Measure.DUTIES_ASSESSED,
                        new BigDecimal(random.nextInt(1_000_000)).movePointLeft(2), random.nextBoolean() ? "KZT" : "USD");
            }
            transactions.executeWithoutResult(status -> table.append(rollup.lines()));
        }
    }

    private static void histogram(Rollup rollup, Rollup.Keys k, String measure, long millis) {
        java.time.Instant at = k.day().atStartOfDay(ZoneOffset.UTC).toInstant();
        rollup.duration(k, measure, at, at.plusMillis(millis));
    }
}
