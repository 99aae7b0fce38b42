package org.caravan.reference;

import org.caravan.reference.internal.store.ReferenceTables;

/**
 * The real reference components without Spring: bundled jurisdictions and regimes, the
 * pilot tariff, the built-in FX table and an empty watchlist, on a database of their own.
 */
public record ReferenceData(Jurisdictions jurisdictions, HsNomenclature nomenclature, ExchangeRates rates,
        Watchlist watchlist) {

    public static ReferenceData inMemory() {
        ReferenceTables tables = ReferenceTables.inMemory();
        return new ReferenceData(new Jurisdictions(), new HsNomenclature(tables.nomenclature()),
                new ExchangeRates(tables.rates(), true), new Watchlist(tables.watchlist()));
    }
}
