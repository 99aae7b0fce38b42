package org.caravan.reference.internal.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Imported exchange rates, stored as units of a currency per euro. */
@Repository
public class RateTable {

    private static final DateTimeFormatter ECB_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RateTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public record StoredRate(Currency currency, LocalDate date, BigDecimal unitsPerEuro, String source) {
    }

    public List<StoredRate> all() {
        return jdbc.sql("select currency, rate_date, units_per_eur, source from fx_rate")
                .query((rs, n) -> new StoredRate(Currency.getInstance(rs.getString(1)), rs.getObject(2, LocalDate.class),
                        rs.getBigDecimal(3), rs.getString(4)))
                .list();
    }

    /**
     * Reads the ECB layout: a header {@code Date, USD, JPY, ...} and one line per day
     * {@code 19 February 2024, 1.0776, ...}; "N/A" cells are skipped.
     */
    @Transactional
    public int importEcb(Path file) {
        List<StoredRate> rates = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String[] header = split(in.readLine());
            if (header.length < 2 || !header[0].equalsIgnoreCase("Date")) {
                throw new IllegalArgumentException("Not an ECB reference rate file: header must start with Date");
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = split(line);
                LocalDate date = parseDate(cells[0]);
                for (int i = 1; i < Math.min(cells.length, header.length); i++) {
                    if (header[i].isEmpty() || cells[i].isEmpty() || cells[i].equalsIgnoreCase("N/A")) {
                        continue;
                    }
                    rates.add(new StoredRate(Currency.getInstance(header[i]), date, new BigDecimal(cells[i]),
                            "ECB euro foreign exchange reference rate of " + date));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return save(rates);
    }

    /** Stores the rates, each replacing any rate of its currency and date. */
    @Transactional
    public int save(List<StoredRate> rates) {
        batch.batchUpdate("delete from fx_rate where currency = ? and rate_date = ?", rates, 1000, (ps, r) -> {
            ps.setString(1, r.currency().getCurrencyCode());
            ps.setObject(2, r.date());
        });
        batch.batchUpdate("insert into fx_rate (currency, rate_date, units_per_eur, source) values (?, ?, ?, ?)", rates, 1000,
                (ps, r) -> {
                    ps.setString(1, r.currency().getCurrencyCode());
                    ps.setObject(2, r.date());
                    ps.setBigDecimal(3, r.unitsPerEuro());
                    ps.setString(4, r.source());
                });
        return rates.size();
    }

    private static LocalDate parseDate(String cell) {
        try {
            return LocalDate.parse(cell, ECB_DATE);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(cell);
        }
    }

    private static String[] split(String line) {
        if (line == null) {
            return new String[0];
        }
        String[] cells = line.split(",", -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].trim();
        }
        return cells;
    }
}
