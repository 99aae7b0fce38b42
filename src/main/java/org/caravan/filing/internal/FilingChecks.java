package org.caravan.filing.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Optional;

import org.caravan.common.Violations;
import org.caravan.reference.Currencies;
import org.caravan.reference.CountryCode;
import org.caravan.reference.ExchangeRates;
import org.caravan.reference.HsCode;
import org.caravan.reference.HsNomenclature;
import org.springframework.stereotype.Component;

/** Field checks shared by order, manifest and quote validation, each naming the field it rejects. */
@Component
public class FilingChecks {

    /** Filings are about parcels of this century; a year 999999999 is a typo, not a date to store. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    private final HsNomenclature nomenclature;
    private final ExchangeRates rates;

    FilingChecks(HsNomenclature nomenclature, ExchangeRates rates) {
        this.nomenclature = nomenclature;
        this.rates = rates;
    }

    public CountryCode country(Violations v, String pointer, String value) {
        if (!v.required(pointer, value)) {
            return null;
        }
        if (!CountryCode.isValid(value)) {
            v.add(pointer, "not-iso-3166", "must be an ISO 3166-1 alpha-2 country code such as \"KZ\"");
            return null;
        }
        return CountryCode.of(value);
    }

    public Currency currency(Violations v, String pointer, String value) {
        if (!v.required(pointer, value)) {
            return null;
        }
        if (!Currencies.isValid(value)) {
            v.add(pointer, "not-iso-4217", "must be an ISO 4217 currency code such as \"USD\"");
            return null;
        }
        Currency currency = Currency.getInstance(value);
        if (!rates.isQuoted(currency)) {
            v.add(pointer, "no-exchange-rate", "no exchange rate is on record for " + value + "; values cannot be assessed");
            return null;
        }
        return currency;
    }

    public HsCode hsCode(Violations v, String pointer, String value) {
        if (!v.required(pointer, value)) {
            return null;
        }
        if (!HsCode.isWellFormed(value)) {
            v.add(pointer, "malformed-hs-code", "must be 6 to 10 digits");
            return null;
        }
        HsCode code = new HsCode(value);
        if (!nomenclature.isKnown(code)) {
            v.add(pointer, "unknown-hs-code", "subheading " + code.subheading() + " is not in the HS 2022 nomenclature");
            return null;
        }
        return code;
    }

    Instant instant(Violations v, String pointer, String value, boolean required) {
        if (value == null && !required) {
            return null;
        }
        if (!v.required(pointer, value)) {
            return null;
        }
        Instant parsed;
        try {
            parsed = value.length() > 40 ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            parsed = null;
        }
        if (parsed == null) {
            v.add(pointer, "not-a-timestamp", "must be an ISO 8601 UTC timestamp such as \"2026-11-20T10:15:00Z\"");
            return null;
        }
        if (parsed.isBefore(EARLIEST) || !parsed.isBefore(LATEST)) {
            v.add(pointer, "out-of-range", "must lie between " + EARLIEST + " and " + LATEST);
            return null;
        }
        return parsed;
    }

    public int quantity(Violations v, String pointer, Integer value) {
        if (!v.required(pointer, value)) {
            return 0;
        }
        if (value < 1 || value > 100_000) {
            v.add(pointer, "out-of-range", "must be between 1 and 100000");
            return 0;
        }
        return value;
    }

    public String text(Violations v, String pointer, String value, int max) {
        return v.required(pointer, value) && v.maxLength(pointer, value, max) ? value.trim() : null;
    }

    public Optional<String> optionalText(Violations v, String pointer, String value, int max) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return v.maxLength(pointer, value, max) ? Optional.of(value.trim()) : Optional.empty();
    }

    /**
     * A phone number's last four digits, the only part kept: enough for the consumer to prove
     * knowing the number, too little to call anyone.
     */
    Optional<String> phoneTail(Violations v, String pointer, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!v.maxLength(pointer, value, 30)) {
            return Optional.empty();
        }
        if (!value.matches("[+0-9 ()-]+")) {
            v.add(pointer, "not-a-phone-number", "a phone number has digits, spaces, brackets, dashes and a leading +");
            return Optional.empty();
        }
        String digits = value.replaceAll("[^0-9]", "");
        if (digits.length() < 6) {
            v.add(pointer, "not-a-phone-number", "a phone number has at least six digits");
            return Optional.empty();
        }
        return Optional.of(digits.substring(digits.length() - 4));
    }
}
