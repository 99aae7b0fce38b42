package org.caravan.filing;

import java.util.Currency;

import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;

/**
 * What a recipient has already used of a monthly allowance (Uzbekistan's and Azerbaijan's
 * quotas), as clearance counted it, so a quote at checkout can start from there. Declared
 * here and implemented by clearance, as {@code clearance.ParcelReturns} is declared by the
 * module it serves: clearance already depends on filing, and filing asking clearance
 * directly would make the two depend on each other.
 */
public interface AllowanceUsage {

    /**
     * What the recipient used in the period ({@code yyyy-MM}) of the regime in the jurisdiction;
     * nothing in {@code currency} when no use is recorded. Reads without locking: a quote is an
     * estimate, the assessment of the manifest line is what counts.
     */
    Money used(CountryCode jurisdiction, String regimeId, String period, String recipientKey, Currency currency);
}
