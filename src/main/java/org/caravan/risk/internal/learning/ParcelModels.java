package org.caravan.risk.internal.learning;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Currencies;
import org.caravan.reference.ExchangeRates;
import org.caravan.risk.internal.RiskSignal;
import org.caravan.risk.internal.SignalDetector;
import org.caravan.risk.internal.store.ModelVersionTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The parcel model of each jurisdiction's PRODUCTION version, as a signal on the hot path.
 * Models live in memory: a promotion here swaps them at once, and a cheap poll of the
 * versions table picks up a promotion made by another instance within seconds.
 */
@Component
public class ParcelModels implements SignalDetector {

    private static final Logger log = LoggerFactory.getLogger(ParcelModels.class);

    private final ModelVersionTable table;
    private final UsdRates rates;
    private volatile Map<CountryCode, ParcelModel> production = Map.of();

    ParcelModels(ModelVersionTable table, ExchangeRates exchangeRates) {
        this.table = table;
        this.rates = usd(exchangeRates);
    }

    /** A value's USD equivalent from the day's rate, cached per currency and day by ExchangeRates. */
    static UsdRates usd(ExchangeRates exchangeRates) {
        return (currency, on) -> {
            if (currency.equals(Currencies.USD)) {
                return 1;
            }
            try {
                return exchangeRates.rate(currency, Currencies.USD, on).rate().doubleValue();
            } catch (RuntimeException e) {
                // no published rate: the model treats the value as missing rather than failing the parcel
                return Double.NaN;
            }
        };
    }

    public UsdRates rates() {
        return rates;
    }

    @Override
    public Set<String> signals() {
        return Set.of(ParcelModel.SIGNAL);
    }

    @Override
    public void detect(FiledConsignment consignment, CountryCode jurisdiction, Consumer<RiskSignal> signals) {
        ParcelModel model = production.get(jurisdiction);
        if (model != null) {
            model.signal(consignment, rates).ifPresent(signals);
        }
    }

    /** The production version scoring a jurisdiction's parcels, if any. */
    public Optional<String> productionVersion(CountryCode jurisdiction) {
        return Optional.ofNullable(production.get(jurisdiction)).map(ParcelModel::version);
    }

    /**
     * Any stored version as a detector emitting the same signal, for a sandbox to score
     * traffic with a candidate without changing production.
     */
    public Optional<SignalDetector> candidate(String version) {
        return table.document(version).map(doc -> new Candidate(new ParcelModel(version, ModelDocument.fromJson(doc))));
    }

    /** One version scoring every jurisdiction's parcels, whatever is in production. */
    private final class Candidate implements SignalDetector {

        private final ParcelModel model;

        Candidate(ParcelModel model) {
            this.model = model;
        }

        @Override
        public void detect(FiledConsignment consignment, CountryCode jurisdiction, Consumer<RiskSignal> signals) {
            model.signal(consignment, rates).ifPresent(signals);
        }

        @Override
        public Set<String> signals() {
            return Set.of(ParcelModel.SIGNAL);
        }
    }

    /** Loads the production versions that changed; the unchanged stay as they are. */
    public synchronized void refresh() {
        Map<String, String> versions = table.production(ParcelModel.KIND);
        Map<CountryCode, ParcelModel> current = production;
        Map<CountryCode, ParcelModel> next = new HashMap<>();
        versions.forEach((jurisdiction, version) -> {
            CountryCode code = CountryCode.of(jurisdiction);
            ParcelModel loaded = current.get(code);
            if (loaded != null && loaded.version().equals(version)) {
                next.put(code, loaded);
            } else {
                table.document(version).ifPresent(doc -> next.put(code, new ParcelModel(version,
                        ModelDocument.fromJson(doc))));
            }
        });
        if (!next.equals(current)) {
            production = Map.copyOf(next);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAtStartUp() {
        refresh();
    }

    /** Picks up a promotion made by another instance; a failed poll keeps the models in memory. */
    @Scheduled(fixedDelayString = "${caravan.risk.model-poll:PT5S}", initialDelayString = "${caravan.risk.model-poll:PT5S}")
    void poll() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Could not refresh the production risk models: {}", e.getMessage());
        }
    }
}
