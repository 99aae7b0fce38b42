package org.caravan.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A fee a regime levies beside duty and taxes, with its own legal basis and sources: a
 * fixed amount, an amount by value band, or a share of a dated base amount per kg of
 * gross mass (Uzbekistan's courier clearance fee, 2 % of the base calculation amount per kg).
 */
public record Fee(String id, String name, Kind kind, When when, Payer payer, Optional<Money> amount, List<Band> bands,
        Optional<BigDecimal> percentOfBase, List<DatedAmount> baseAmounts, LocalDate validFrom,
        Optional<LocalDate> validTo, String legalReference, List<String> sources, Confidence confidence, String note) {

    public Fee {
        bands = List.copyOf(bands);
        baseAmounts = List.copyOf(baseAmounts);
    }

    public enum Kind {
        FIXED, BY_VALUE_BAND, PER_KG_OF_BASE_AMOUNT
    }

    /** Whether the fee is levied on every parcel or only on one above the allowance. */
    public enum When {
        ALWAYS, ABOVE_ALLOWANCE
    }

    /** A fee for values above {@code above} up to and including {@code upTo} (no upper end when empty). */
    public record Band(Money above, Optional<Money> upTo, Money fee) {

        boolean contains(Money value) {
            return value.compareTo(above) > 0 && upTo.map(max -> value.compareTo(max) <= 0).orElse(true);
        }
    }

    /** An amount fixed by law from a date, such as Uzbekistan's base calculation amount. */
    public record DatedAmount(Money amount, LocalDate validFrom, String source) {
    }

    public boolean inForce(LocalDate on) {
        return !on.isBefore(validFrom) && validTo.map(to -> !on.isAfter(to)).orElse(true);
    }

    public Optional<Band> band(Money value) {
        return bands.stream().filter(b -> b.contains(value)).findFirst();
    }

    public Optional<DatedAmount> baseAmountOn(LocalDate on) {
        return baseAmounts.stream().filter(a -> !on.isBefore(a.validFrom()))
                .max(java.util.Comparator.comparing(DatedAmount::validFrom));
    }

    /**
     * The gross mass the fee counts: whole kilograms, half up, at least one (0.1 to 1.4 kg
     * count as 1 kg, 1.5 kg as 2 kg).
     */
    public static BigDecimal chargeableKg(BigDecimal grossMassKg) {
        return grossMassKg.setScale(0, RoundingMode.HALF_UP).max(BigDecimal.ONE);
    }
}
