package org.caravan.reference.internal.store;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The reference tables on an in-memory database of their own, migrated as the service migrates its store. */
public record ReferenceTables(NomenclatureTable nomenclature, RateTable rates, WatchlistTable watchlist, PinTable pins) {

    public static ReferenceTables inMemory() {
        DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:reference-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        JdbcTemplate batch = new JdbcTemplate(dataSource);
        return new ReferenceTables(new NomenclatureTable(jdbc, batch), new RateTable(jdbc, batch),
                new WatchlistTable(jdbc, batch), new PinTable(jdbc));
    }
}
