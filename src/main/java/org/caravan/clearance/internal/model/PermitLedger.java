package org.caravan.clearance.internal.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.caravan.reference.CountryCode;
import org.caravan.reference.HsCode;

/**
 * The permits quoted by one chunk of a manifest, locked for the chunk, drawn down item by
 * item in filing order so two items quoting the same permit cannot both take its last units.
 */
public final class PermitLedger {

    private final Map<String, Permit> permits;
    private final Map<String, Permit> drawn = new HashMap<>();

    public PermitLedger(Map<String, Permit> locked) {
        this.permits = new HashMap<>(locked);
    }

    /**
     * Checks one item against the permit it quotes and draws its quantity when the permit
     * covers it; otherwise says why not.
     */
    public Optional<String> draw(String permitRef, CountryCode jurisdiction, HsCode hs, String consigneeName,
            Optional<String> consumerId, LocalDate on, int quantity) {
        Permit permit = permits.get(permitRef);
        if (permit == null) {
            return Optional.of(Permit.notFor(permitRef, jurisdiction));
        }
        BigDecimal amount = BigDecimal.valueOf(quantity);
        Optional<String> refusal = permit.refusal(jurisdiction, hs, consigneeName, consumerId, on, amount);
        if (refusal.isEmpty()) {
            Permit after = permit.draw(amount);
            permits.put(permitRef, after);
            drawn.put(permitRef, after);
        }
        return refusal;
    }

    /** The permits drawn on, as they stand after the chunk. */
    public Map<String, Permit> changed() {
        return Map.copyOf(drawn);
    }
}
