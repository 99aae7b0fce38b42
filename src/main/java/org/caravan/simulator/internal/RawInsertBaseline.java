package org.caravan.simulator.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the store can do at best with the same parcels: one row per manifest line, batch
 * inserted in one transaction into a scratch table, with nothing else on the path. The
 * end-to-end figure is read against it, so a slow or loaded machine shows in both.
 */
public final class RawInsertBaseline {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 1000;

    private final DataSource dataSource;

    public RawInsertBaseline(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private record Row(String trackingNumber, String consignee, String country, BigDecimal mass, BigDecimal value,
            String currency, String items) {
    }

    /** Inserts the rows of parcels {@code from} to {@code to} and returns the seconds it took; the rows are built first. */
    public double insert(BenchTraffic traffic, int from, int to) throws SQLException {
        List<Row> rows = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Map<String, Object> line = traffic.parcel(i).line();
            @SuppressWarnings("unchecked")
            Map<String, Object> consignee = (Map<String, Object>) line.get("consignee");
            @SuppressWarnings("unchecked")
            Map<String, Object> address = (Map<String, Object>) consignee.get("address");
            rows.add(new Row((String) line.get("trackingNumber"), (String) consignee.get("name"),
                    (String) address.get("country"), new BigDecimal((String) line.get("grossMassKg")),
                    new BigDecimal((String) line.get("declaredValue")), (String) line.get("currency"),
                    JSON.writeValueAsString(line.get("items"))));
        }
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
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into bench_raw_consignment values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (Row row : rows) {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setObject(2, manifest);
                    ps.setString(3, row.trackingNumber());
                    ps.setString(4, row.consignee());
                    ps.setString(5, row.country());
                    ps.setBigDecimal(6, row.mass());
                    ps.setBigDecimal(7, row.value());
                    ps.setString(8, row.currency());
                    ps.setString(9, row.items());
                    ps.setTimestamp(10, Timestamp.from(Instant.now()));
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
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
