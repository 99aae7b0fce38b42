package org.caravan.risk.internal.signals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.caravan.filing.FiledConsignments;
import org.caravan.risk.UnitPriceLearning;
import org.caravan.risk.internal.signals.store.PriceTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Learns the usual unit prices per peer group from Caravan's own filings and keeps the
 * learned statistics in memory for the undervaluation signal. Learning reads every filing
 * once (a replay, page by page); the service loads the result at start and reloads it
 * periodically, so a learning run by another process reaches it without a restart.
 */
@Service
public class PriceLearning implements UnitPriceLearning {

    private static final Logger log = LoggerFactory.getLogger(PriceLearning.class);

    private final FiledConsignments filings;
    private final UnitPrices prices;
    private final PriceTable table;
    private final SignalSettings.Undervaluation settings;
    private volatile LearnedPrices learned = LearnedPrices.NONE;

    PriceLearning(FiledConsignments filings, UnitPrices prices, PriceTable table, SignalSettings settings) {
        this.filings = filings;
        this.prices = prices;
        this.table = table;
        this.settings = settings.undervaluation();
    }

    @Override
    public Learned learn(Optional<Instant> since) {
        PriceGroups groups = new PriceGroups(prices);
        since.ifPresentOrElse(from -> filings.forEachFiledSince(from, groups::add), () -> filings.forEachFiled(groups::add));
        List<PriceStatistics> statistics = groups.statistics();
        table.replaceWith(statistics, Instant.now());
        reload();
        return new Learned(groups.parcels(), groups.prices(), statistics.size());
    }

    /** The learned statistics now in memory. */
    LearnedPrices learned() {
        return learned;
    }

    /** Loads what was learned last, by this process or another. */
    public void reload() {
        learned = new LearnedPrices(table.all());
    }

    /** Loads at start what was learned before. */
    @EventListener(ApplicationReadyEvent.class)
    void loadAtStartUp() {
        reload();
    }

    /** Follows what another process learned since. */
    @Scheduled(fixedDelayString = "${caravan.risk.signals.undervaluation.refresh:PT10M}",
            initialDelayString = "${caravan.risk.signals.undervaluation.refresh:PT10M}")
    void reloadQuietly() {
        try {
            reload();
        } catch (RuntimeException e) {
            log.warn("Could not reload the learned unit prices; keeping the {} peer groups loaded", learned.size(), e);
        }
    }
}
