package org.caravan.reference;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.caravan.reference.internal.CsvRows;
import org.caravan.reference.internal.store.RateTable.StoredRate;
import org.caravan.reference.internal.store.RateTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Dated exchange rates, kept as units per euro (the ECB convention) so any pair is a
 * cross rate. The rate applied is the latest published on or before the date of the
 * declaration. Imported rates win over the built-in demo table on the same date.
 */
@Service
public class ExchangeRates {

    private static final String IDENTITY = "identity";

    private final RateTable table;
    private final boolean builtInTable;
    private volatile Map<Currency, NavigableMap<LocalDate, StoredRate>> rates = Map.of();
    private volatile Map<Pair, ExchangeRate> computed = new ConcurrentHashMap<>();

    ExchangeRates(RateTable table, @Value("${caravan.reference.built-in-fx:true}") boolean builtInTable) {
        this.table = table;
        this.builtInTable = builtInTable;
        reload();
    }

    /**
     * Every parcel of a day in one currency needs the same rate: computed once per pair and
     * date (a cross rate in BigDecimal and its source text), then reused until the next reload.
     */
    public ExchangeRate rate(Currency from, Currency to, LocalDate on) {
        if (from.equals(to)) {
            // a value already in the currency asked for needs no published rate
            return new ExchangeRate(from, to, BigDecimal.ONE, on, IDENTITY);
        }
        return computed.computeIfAbsent(new Pair(from, to, on), pair -> compute(from, to, on));
    }

    private record Pair(Currency from, Currency to, LocalDate on) {
    }

    private ExchangeRate compute(Currency from, Currency to, LocalDate on) {
        StoredRate fromRate = perEuro(from, on);
        StoredRate toRate = perEuro(to, on);
        BigDecimal rate = toRate.unitsPerEuro().divide(fromRate.unitsPerEuro(), ExchangeRate.PRECISION);
        StoredRate dated = fromRate.date().isAfter(toRate.date()) ? fromRate : toRate;
        String source = Stream.of(fromRate, toRate).map(StoredRate::source).filter(s -> !IDENTITY.equals(s)).distinct()
                .collect(Collectors.joining(" / "));
        return new ExchangeRate(from, to, rate, dated.date(), source.isEmpty() ? IDENTITY : source);
    }

    public Money convert(Money money, Currency to, LocalDate on) {
        return money.currency().equals(to) ? money : rate(money.currency(), to, on).convert(money);
    }

    public boolean isQuoted(Currency currency) {
        return rates.containsKey(currency);
    }

    /**
     * Imports a national bank's official rates: a CSV {@code currency,date,per,rate,source}
     * where one unit of {@code per} (USD, EUR or any currency already quoted on the date) buys
     * {@code rate} units of {@code currency}, as national banks publish them
     * ({@code GEL,2026-11-25,USD,2.7012,National Bank of Georgia}). Stored per euro through
     * the rate of {@code per} on that date.
     *
     * @throws IllegalArgumentException naming the line of a row that cannot be read
     */
    public int importNational(Path file) {
        List<StoredRate> imported = new java.util.ArrayList<>();
        int[] line = {1};
        CsvRows.file(file, row -> {
            line[0]++;
            try {
                Currency currency = Currency.getInstance(row.get("currency").trim());
                LocalDate date = LocalDate.parse(row.get("date").trim());
                Currency per = Currency.getInstance(row.get("per").trim());
                BigDecimal rate = new BigDecimal(row.get("rate").trim());
                String source = row.get("source").trim();
                if (rate.signum() <= 0 || source.isEmpty()) {
                    throw new IllegalArgumentException("rate must be positive and source given");
                }
                BigDecimal perEuro = perEuro(per, date).unitsPerEuro();
                imported.add(new StoredRate(currency, date, rate.multiply(perEuro, ExchangeRate.PRECISION),
                        source + " (" + rate.toPlainString() + " " + currency.getCurrencyCode() + " per " + per.getCurrencyCode()
                                + ")"));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Line " + line[0] + " of " + file.getFileName()
                        + " (currency,date,per,rate,source): " + e.getMessage(), e);
            }
        });
        table.save(imported);
        reload();
        return imported.size();
    }

    /** Imports an ECB euro reference rates CSV ({@code Date, USD, JPY, ...}). */
    public int importEcb(Path file) {
        int imported = table.importEcb(file);
        reload();
        return imported;
    }

    @Scheduled(fixedDelayString = "${caravan.reference.fx-reload:PT1M}", initialDelayString = "${caravan.reference.fx-reload:PT1M}")
    public void reload() {
        Map<Currency, NavigableMap<LocalDate, StoredRate>> loaded = new ConcurrentHashMap<>();
        if (builtInTable) {
            for (Map<String, String> row : CsvRows.classpath("reference/fx-builtin.csv")) {
                put(loaded, new StoredRate(Currency.getInstance(row.get("currency")), LocalDate.parse(row.get("valid_from")),
                        new BigDecimal(row.get("units_per_eur")), row.get("source")));
            }
        }
        table.all().forEach(rate -> put(loaded, rate));
        put(loaded, new StoredRate(Currencies.EUR, LocalDate.of(1999, 1, 1), BigDecimal.ONE, "identity"));
        rates = loaded;
        computed = new ConcurrentHashMap<>();
    }

    private static void put(Map<Currency, NavigableMap<LocalDate, StoredRate>> into, StoredRate rate) {
        into.computeIfAbsent(rate.currency(), c -> new TreeMap<>()).put(rate.date(), rate);
    }

    private StoredRate perEuro(Currency currency, LocalDate on) {
        NavigableMap<LocalDate, StoredRate> series = rates.get(currency);
        Map.Entry<LocalDate, StoredRate> entry = series == null ? null : series.floorEntry(on);
        if (entry == null) {
            throw new RateUnavailable(currency, on);
        }
        return entry.getValue();
    }

}
