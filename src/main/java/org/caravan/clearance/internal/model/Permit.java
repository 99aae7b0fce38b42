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
        String p = "permit " + number;
        if (revokedAt.isPresent()) {
            return Optional.of(p + " was revoked" + revokeReason.map(r -> ": " + r).orElse(""));
        }
        if (!country.equals(jurisdiction)) {
            return Optional.of(p + " was issued for " + country + ", not " + jurisdiction);
        }
        if (!hs.value().startsWith(hsPrefix)) {
            return Optional.of(p + " covers HS " + hsPrefix + ", not " + hs.value());
        }
        if (on.isBefore(validFrom) || on.isAfter(validUntil)) {
            return Optional.of(p + " is valid from " + validFrom + " to " + validUntil + ", not on " + on);
        }
        if (!holder.equalsIgnoreCase(consigneeName.trim()) && consumerId.map(id -> !holder.equalsIgnoreCase(id)).orElse(true)) {
            return Optional.of(p + " is held by someone other than the consignee");
        }
        if (remaining().compareTo(amount) < 0) {
            return Optional.of(p + " has " + remaining().stripTrailingZeros().toPlainString() + " " + unit
                    + " left of " + quantity.stripTrailingZeros().toPlainString() + "; this item draws "
                    + amount.stripTrailingZeros().toPlainString());
        }
        return Optional.empty();
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
