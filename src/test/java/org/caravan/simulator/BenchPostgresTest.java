package org.caravan.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import org.caravan.support.PostgresAvailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * {@code caravan bench --profile postgres} on an empty database: the postgres profile seeds
 * no demo parties and has no built-in rates, so the bench must bring its own.
 */
@ExtendWith(PostgresAvailable.class)
class BenchPostgresTest {

    static final String SCHEMA = "bench_wt";
    static final String SERVER = System.getenv().getOrDefault("CARAVAN_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test")
            .replaceAll("\\?.*$", "");
    static final String USER = System.getenv().getOrDefault("CARAVAN_TEST_DB_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("CARAVAN_TEST_DB_PASSWORD", "");

    @Test
    void runsOnAnEmptySchema(@TempDir Path dataDir) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); var s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = BenchCommandTest.run(out, "bench", "--profile", "postgres", "--data-dir", dataDir.toString(),
                "--parcels", "200", "--rounds", "1", "--latency-seconds", "1", "--rate", "200", "--big-manifest", "300",
                "--json", "--spring.datasource.url=" + SERVER + "?currentSchema=" + SCHEMA + "&reWriteBatchedInserts=true",
                "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD,
                "--spring.flyway.schemas=" + SCHEMA);

        assertThat(exit).isZero();
        JsonNode figures = CaravanClient.JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(figures.get("profile").asString()).isEqualTo("postgres");
        assertThat(figures.get("parcelsPerSecond").asDouble()).isPositive();
        assertThat(figures.get("baselineRowsPerSecond").asDouble()).isPositive();
        assertThat(figures.get("ordersPerSecond").asDouble()).isPositive();
        assertThat(figures.at("/latencyLoad/failed").asInt()).isZero();
        assertThat(figures.get("manifestSeconds").asDouble()).isPositive();
    }
}
