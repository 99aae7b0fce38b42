package org.caravan.clearance.internal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.reference.Money;

/**
 * How an assessment compares with the landed-cost quote the order was filed with. When the
 * parcel is the one quoted (destination, goods and values) and the quote was still valid,
 * it is assessed as quoted: under the quote's regime and on its date, so at its rates.
 * Otherwise it is assessed as filed and every difference is said in words.
 */
public record QuoteCheck(UUID quoteId, boolean asQuoted, LocalDate quotedOn, Optional<Money> quotedTotal,
        List<String> differences) {

    public QuoteCheck {
        differences = List.copyOf(differences);
    }
}
