package org.caravan.common.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.caravan.support.PostgresAvailable;
import org.caravan.support.PostgresSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The event tables after V42 on PostgreSQL, in a schema of its own (pgvolume_partitions):
 * range-partitioned by month, rows in their month's partition, a DEFAULT partition for rows
 * no month covers yet, and a partition job that may run any number of times.
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres", "pgtest"})
@ExtendWith(PostgresAvailable.class)
@Import(PostgresSchema.class)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=pgvolume_partitions",
        "spring.flyway.schemas=pgvolume_partitions"})
class MonthlyPartitionsPostgresTest {

    @Autowired
    MonthlyPartitions partitions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theEventTablesArePartitionedByMonthWithTheirKeyAndLookupIndex() {
        assertThat(jdbc.sql("select c.relname from pg_partitioned_table p join pg_class c on c.oid = p.partrelid "
                + "where c.relnamespace = 'pgvolume_partitions'::regnamespace order by 1").query(String.class).list())
                .containsExactly("case_event", "tracking_event");
        LocalDate month = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        for (String table : MonthlyPartitions.TABLES) {
            assertThat(partitions.partitions(table))
                    .contains(MonthlyPartitions.partitionName(table, month),
                            MonthlyPartitions.partitionName(table, month.plusMonths(3)))
                    .last().isEqualTo(table + "_default");
            assertThat(jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where conrelid = to_regclass(?) "
                    + "and contype = 'p'").param(table).query(String.class).single())
                    .isEqualTo("PRIMARY KEY (id, occurred_at)");
        }
        assertThat(jdbc.sql("select indexname from pg_indexes where schemaname = 'pgvolume_partitions' "
                + "and tablename in ('tracking_event', 'case_event') order by 1").query(String.class).list())
                .containsExactly("case_event_by_case", "case_event_pkey", "tracking_event_by_number",
                        "tracking_event_pkey");
    }

    @Test
    void aRowLandsInItsMonthsPartitionAndARowNoMonthCoversYetInTheDefaultOne() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String thisMonth = MonthlyPartitions.partitionName("tracking_event", now.toLocalDate().withDayOfMonth(1));
        assertThat(partitionOf(insertTrackingEvent("PGV-NOW-1", now))).isEqualTo(thisMonth);
        assertThat(partitionOf(insertTrackingEvent("PGV-LATER-1", now.plusYears(5)))).isEqualTo("tracking_event_default");
    }

    @Test
    void thePartitionJobCreatesTheMonthsAheadOnceAndThenNothing() {
        LocalDate month = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        partitions.createAhead(7);
        assertThat(partitions.partitions("case_event"))
                .contains(MonthlyPartitions.partitionName("case_event", month.plusMonths(7)));
        assertThat(partitions.createAhead(7)).isEmpty();
        assertThat(partitions.createAhead(0)).isEmpty();
        assertThat(partitions.partitions("case_event")).doesNotContain(
                MonthlyPartitions.partitionName("case_event", month.plusMonths(8)));
    }

    private UUID insertTrackingEvent(String trackingNumber, OffsetDateTime at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into tracking_event (id, tracking_number, occurred_at, status, explanation, jurisdiction) "
                + "values (?, ?, ?, 'ARRIVED', 'Arrived at the border', 'KZ')").params(id, trackingNumber, at).update();
        return id;
    }

    private String partitionOf(UUID id) {
        return jdbc.sql("select tableoid::regclass::text from tracking_event where id = ?").param(id)
                .query(String.class).single();
    }
}
