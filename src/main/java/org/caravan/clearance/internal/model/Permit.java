package org.caravan.clearance.internal.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.caravan.reference.CountryCode;
import org.caravan.reference.HsCode;

/**
 * A permit for restricted goods, registered in advance by the issuing agency of one
 * country: it covers goods under an HS code or prefix, for one holder (the consignee's
 * identifier or name), between two dates, up to a quantity that consignments draw down.
 */
public record Permit(String number, CountryCode country, String hsPrefix, String holder, LocalDate validFrom,
        LocalDate validUntil, BigDecimal quantity, String unit, BigDecimal drawn, UUID issuedBy, Instant registeredAt,
        Optional<Instant> revokedAt, Optional<String> revokeReason) {

    public BigDecimal remaining() {
        return quantity.subtract(drawn);
    }

    /**
     * Why this permit does not cover {@code amount} of the goods under {@code hs} for the
     * consignee in {@code jurisdiction} on {@code on}; empty when it does.
     */
    public Optional<String> refusal(CountryCode jurisdiction, HsCode hs, String consigneeName,
            Optional<String> consumerId, LocalDate on, BigDecimal amount) {
        // whose and where first, in the words used for an unknown number: a trader quoting
        // someone else's permit learns nothing of it (its goods, dates or revocation)
        if (!country.equals(jurisdiction)
                || !holder.equalsIgnoreCase(consigneeName.trim()) && consumerId.map(id -> !holder.equalsIgnoreCase(id)).orElse(true)) {
            return Optional.of(notFor(number, jurisdiction));
        }
        String p = "permit " + number;
        if (revokedAt.isPresent()) {
            return Optional.of(p + " was revoked" + revokeReason.map(r -> ": " + r).orElse(""));
        }
        if (!hs.value().startsWith(hsPrefix)) {
            return Optional.of(p + " covers HS " + hsPrefix + ", not " + hs.value());
        }
        if (on.isBefore(validFrom) || on.isAfter(validUntil)) {
            return Optional.of(p + " is valid from " + validFrom + " to " + validUntil + ", not on " + on);
        }
        if (remaining().compareTo(amount) < 0) {
            return Optional.of(p + " has " + remaining().stripTrailingZeros().toPlainString() + " " + unit
                    + " left of " + quantity.stripTrailingZeros().toPlainString() + "; this item draws "
                    + amount.stripTrailingZeros().toPlainString());
        }
        return Optional.empty();
    }

    /** The refusal of a number that is unknown, someone else's, or another country's: the same words for all three. */
    public static String notFor(String number, CountryCode jurisdiction) {
        return "permit " + number + " is not in the permit registry for this consignee in " + jurisdiction;
    }

    public Permit draw(BigDecimal amount) {
        return new Permit(number, country, hsPrefix, holder, validFrom, validUntil, quantity, unit, drawn.add(amount),
                issuedBy, registeredAt, revokedAt, revokeReason);
    }

    public Permit revoked(Instant at, String reason) {
        return new Permit(number, country, hsPrefix, holder, validFrom, validUntil, quantity, unit, drawn, issuedBy,
                registeredAt, Optional.of(at), Optional.of(reason));
    }
}
