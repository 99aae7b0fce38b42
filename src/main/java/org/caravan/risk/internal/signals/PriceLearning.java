package org.caravan.risk.internal.signals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.caravan.filing.FiledConsignment;
import org.caravan.filing.FiledConsignments;
import org.caravan.risk.UnitPriceLearning;
import org.caravan.risk.internal.signals.PriceStatistics.Measure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Learns the usual unit prices per peer group from Caravan's own filings and keeps the
 * learned statistics in memory for the undervaluation signal. Learning reads every filing
 * once (a replay, page by page); the service loads the result at start and reloads it
 * periodically, so a learning run by another process reaches it without a restart.
 */
@Service
public class PriceLearning implements UnitPriceLearning, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PriceLearning.class);

    /** Peer groups smaller than this are not stored: no setting would ever judge by them. */
    private static final int STORED_FROM = 2;

    private final FiledConsignments filings;
    private final UnitPrices prices;
    private final PriceTable table;
    private final SignalSettings.Undervaluation settings;
    private volatile LearnedPrices learned = LearnedPrices.NONE;
    private ScheduledExecutorService reloads;

    PriceLearning(FiledConsignments filings, UnitPrices prices, PriceTable table, SignalSettings settings) {
        this.filings = filings;
        this.prices = prices;
        this.table = table;
        this.settings = settings.undervaluation();
    }

    @Override
    public Learned learn(Optional<Instant> since) {
        Map<String, Observations> groups = new HashMap<>();
        int[] parcels = {0};
        int[] observed = {0};
        java.util.function.Consumer<FiledConsignment> each = c -> {
            parcels[0]++;
            prices.forEach(c, (index, item, measure, usd) -> {
                observed[0]++;
                double log = Math.log(usd);
                String subheading = item.hsCode().subheading();
                String origin = item.originCountry().value();
                observe(groups, measure, subheading, origin, log);
                observe(groups, measure, subheading.substring(0, 4), origin, log);
                observe(groups, measure, subheading, PriceStatistics.ANY_ORIGIN, log);
            });
        };
        since.ifPresentOrElse(from -> filings.forEachFiledSince(from, each), () -> filings.forEachFiled(each));
        List<PriceStatistics> statistics = new ArrayList<>();
        groups.values().stream().filter(o -> o.count >= STORED_FROM)
                .forEach(o -> statistics.add(PriceStatistics.of(o.measure, o.hsCode, o.origin, o.logs, o.count)));
        table.replaceWith(statistics, Instant.now());
        reload();
        return new Learned(parcels[0], observed[0], statistics.size());
    }

    private static void observe(Map<String, Observations> groups, Measure measure, String hsCode, String origin, double log) {
        groups.computeIfAbsent(measure.name() + hsCode + origin, k -> new Observations(measure, hsCode, origin)).add(log);
    }

    /** The learned statistics now in memory. */
    LearnedPrices learned() {
        return learned;
    }

    /** Loads what was learned last, by this process or another. */
    public void reload() {
        learned = new LearnedPrices(table.all());
    }

    /** A serving process loads at start and reloads on its own thread; a command-line run loads only when it learns. */
    @EventListener(ApplicationReadyEvent.class)
    void loadAtStartUp(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof WebServerApplicationContext)) {
            return;
        }
        reload();
        long every = settings.refresh().toMillis();
        reloads = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "unit-price-reload");
            thread.setDaemon(true);
            return thread;
        });
        reloads.scheduleWithFixedDelay(() -> {
            try {
                reload();
            } catch (RuntimeException e) {
                log.warn("Could not reload the learned unit prices; keeping the {} peer groups loaded", learned.size(), e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        if (reloads != null) {
            reloads.shutdownNow();
        }
    }

    /** The log prices of one peer group, in a growing array rather than boxed doubles. */
    private static final class Observations {

        final Measure measure;
        final String hsCode;
        final String origin;
        double[] logs = new double[8];
        int count;

        Observations(Measure measure, String hsCode, String origin) {
            this.measure = measure;
            this.hsCode = hsCode;
            this.origin = origin;
        }

        void add(double log) {
            if (count == logs.length) {
                logs = Arrays.copyOf(logs, count * 2);
            }
            logs[count++] = log;
        }
    }
}
