package org.caravan.reference.internal.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.caravan.common.Ids;
import org.caravan.reference.WatchlistHit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** Watchlist entries by list; each import replaces its whole list. */
@Repository
public class WatchlistTable {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    WatchlistTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public record Row(String normalisedName, WatchlistHit hit) {
    }

    public List<Row> all() {
        return jdbc.sql("select normalised_name, list_name, name, reference from watchlist_entry")
                .query((rs, n) -> new Row(rs.getString(1), new WatchlistHit(rs.getString(2), rs.getString(3), rs.getString(4))))
                .list();
    }

    public void add(String list, String name, String normalised, String reference) {
        jdbc.sql("insert into watchlist_entry (id, list_name, name, normalised_name, reference) values (?, ?, ?, ?, ?)")
                .params(Ids.next(), list, name, normalised, reference).update();
    }

    @Transactional
    public int importOfacSdn(Path file, UnaryOperator<String> normalise) {
        List<Object[]> rows = new ArrayList<>();
        CsvMapper csv = new CsvMapper();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<List<String>> lines = csv.readerForListOf(String.class)
                        .with(CsvSchema.emptySchema()).readValues(in)) {
            while (lines.hasNext()) {
                List<String> cells = lines.next();
                if (cells.size() < 2 || cells.get(1).isBlank() || cells.get(1).equals("-0-")) {
                    continue;
                }
                String name = cells.get(1).trim();
                String reference = "OFAC SDN ent_num " + cells.get(0).trim()
                        + (cells.size() > 3 && !cells.get(3).equals("-0-") ? " (" + cells.get(3).trim() + ")" : "");
                rows.add(new Object[] {Ids.next(), "OFAC-SDN", name, normalise.apply(name), reference});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.sql("delete from watchlist_entry where list_name = 'OFAC-SDN'").update();
        batch.batchUpdate("insert into watchlist_entry (id, list_name, name, normalised_name, reference) values (?, ?, ?, ?, ?)",
                rows);
        return rows.size();
    }
}
