package org.caravan.reference;

import org.caravan.reference.internal.store.ReferenceTables;
import org.springframework.core.env.StandardEnvironment;

/**
 * The real reference components without Spring: bundled jurisdictions and regimes, the
 * pilot tariff, the duty rates, the built-in FX table, no regime pinned and an empty
 * watchlist, on a database of their own.
 */
public record ReferenceData(Jurisdictions jurisdictions, HsNomenclature nomenclature, ExchangeRates rates,
        Watchlist watchlist, RegimePins pins, DeMinimisCalculator calculator) {

    public static ReferenceData inMemory() {
        ReferenceTables tables = ReferenceTables.inMemory();
        Jurisdictions jurisdictions = new Jurisdictions();
        ExchangeRates rates = new ExchangeRates(tables.rates(), true);
        RegimePins pins = new RegimePins(tables.pins(), jurisdictions, new StandardEnvironment());
        return new ReferenceData(jurisdictions, new HsNomenclature(tables.nomenclature()), rates,
                new Watchlist(tables.watchlist()), pins, new DeMinimisCalculator(jurisdictions, rates, new DutyTariff(), pins));
    }
}
