package org.caravan.common.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Creates the monthly partitions of the event tables partitioned on PostgreSQL
 * (docs/storage-at-volume.md) before their month begins, so rows land in their month and not
 * in the DEFAULT partition. Idempotent: a partition that exists is left alone. Runs daily and
 * on {@code ./caravan store partitions}; does nothing on the embedded store, which is not
 * partitioned.
 */
@Component
public class MonthlyPartitions {

    /** The tables partitioned by month on occurred_at (db/vendor/postgresql/V42). */
    public static final List<String> TABLES = List.of("tracking_event", "case_event");

    private static final Logger log = LoggerFactory.getLogger(MonthlyPartitions.class);

    private final JdbcClient jdbc;
    private final boolean postgres;
    private final int monthsAhead;

    MonthlyPartitions(JdbcClient jdbc, DataSource dataSource,
            @Value("${caravan.partitions.months-ahead:3}") int monthsAhead) {
        this.jdbc = jdbc;
        this.postgres = isPostgres(dataSource);
        this.monthsAhead = monthsAhead;
    }

    /** Whether this store partitions its event tables (PostgreSQL does, the embedded H2 store does not). */
    public boolean partitioned() {
        return postgres;
    }

    @Scheduled(fixedDelayString = "${caravan.partitions.interval:PT24H}", initialDelayString = "PT1M")
    void scheduled() {
        List<String> created = createAhead(monthsAhead);
        if (!created.isEmpty()) {
            log.info("Created the monthly partitions {}", created);
        }
    }

    /**
     * Creates the partitions of this month and of the next {@code monthsAhead} months (UTC)
     * that do not exist yet; returns the names of those it created.
     */
    public List<String> createAhead(int monthsAhead) {
        if (monthsAhead < 0) {
            throw new IllegalArgumentException("monthsAhead must be 0 or more");
        }
        List<String> created = new ArrayList<>();
        if (!postgres) {
            return created;
        }
        LocalDate month = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        for (int i = 0; i <= monthsAhead; i++, month = month.plusMonths(1)) {
            for (String table : TABLES) {
                if (Boolean.TRUE.equals(jdbc.sql("select caravan_create_month_partition(?, ?)")
                        .params(table, month).query(Boolean.class).single())) {
                    created.add(partitionName(table, month));
                }
            }
        }
        return created;
    }

    /** The partitions of one table, oldest first, the DEFAULT one last; empty on the embedded store. */
    public List<String> partitions(String table) {
        if (!postgres) {
            return List.of();
        }
        return jdbc.sql("""
                select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                where i.inhparent = to_regclass(?) order by c.relname = ? , c.relname""")
                .params(table, table + "_default").query(String.class).list();
    }

    static String partitionName(String table, LocalDate month) {
        return "%s_y%04dm%02d".formatted(table, month.getYear(), month.getMonthValue());
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the store's product name", e);
        }
    }
}
