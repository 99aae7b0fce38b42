package org.caravan.reference.internal.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.caravan.reference.HsExample;
import org.caravan.reference.internal.CsvRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Labelled product descriptions, replaced as a whole by each import. */
@Repository
public class HsExampleTable {

    private static final int MAX_DESCRIPTION = 500;
    private static final int MAX_SOURCE = 60;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    HsExampleTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Transactional
    public int replaceWith(List<Path> files) {
        List<Object[]> rows = new ArrayList<>();
        for (Path file : files) {
            String fallbackSource = file.getFileName().toString().replaceFirst("\\.csv$", "").toLowerCase(Locale.ROOT);
            int[] line = {1};
            CsvRows.file(file, row -> {
                line[0]++;
                String description = row.get("description");
                String hs6 = row.get("hs6");
                if (description == null || hs6 == null) {
                    throw new IllegalArgumentException(file + " needs the columns description and hs6 (line " + line[0] + ")");
                }
                hs6 = hs6.trim();
                if (!hs6.matches("\\d{6}")) {
                    throw new IllegalArgumentException(file + " line " + line[0] + ": hs6 must be six digits: " + hs6);
                }
                description = description.strip().replaceAll("\\s+", " ");
                if (description.isEmpty()) {
                    return;
                }
                String source = row.get("source") == null || row.get("source").isBlank() ? fallbackSource
                        : row.get("source").strip();
                rows.add(new Object[] {cut(description, MAX_DESCRIPTION), hs6, cut(source, MAX_SOURCE)});
            });
        }
        jdbc.sql("delete from hs_example").update();
        batch.batchUpdate("insert into hs_example (description, hs6, source) values (?, ?, ?)", rows);
        return rows.size();
    }

    public List<HsExample> all() {
        return jdbc.sql("select description, hs6, source from hs_example order by id")
                .query((rs, n) -> new HsExample(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public int count() {
        return jdbc.sql("select count(*) from hs_example").query(Integer.class).single();
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
