/**
 * Reference data: HS nomenclature and the pilot tariff, countries, currencies and
 * dated FX rates, UN/LOCODE locations, jurisdictions with their dated regimes,
 * restricted goods and watchlists.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data")
package org.caravan.reference;
