package org.caravan.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** A customs territory with its administration, currency, clock and dated import VAT. */
public record Jurisdiction(CountryCode code, String name, String administration, Currency currency, ZoneId timeZone,
        Optional<String> customsUnion, List<DatedRate> importVat) {

    public record DatedRate(BigDecimal ratePercent, LocalDate validFrom, Optional<LocalDate> validTo,
            Confidence confidence, String source) {
    }

    public Optional<DatedRate> importVatOn(LocalDate on) {
        return importVat.stream()
                .filter(r -> !on.isBefore(r.validFrom()) && r.validTo().map(to -> !on.isAfter(to)).orElse(true))
                .findFirst();
    }
}
