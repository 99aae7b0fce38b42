package org.caravan.filing.internal.quotes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.caravan.common.InvalidInput;
import org.caravan.common.Violation;
import org.caravan.common.Violations;
import org.caravan.party.ConsumerId;
import org.caravan.filing.internal.FilingChecks;
import org.caravan.filing.internal.quotes.web.QuoteRequests;
import org.caravan.reference.Channel;
import org.caravan.reference.CountryCode;
import org.caravan.reference.HsCode;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Money;
import org.springframework.stereotype.Component;

/** Turns a quote request into a {@link QuoteRequest}, or rejects it naming every bad field. */
@Component
class QuoteValidation {

    static final int MAX_ITEMS = 200;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
    private static final BigDecimal MAX_VALUE = BigDecimal.TEN.pow(Violations.MAX_INTEGER_DIGITS);

    private final FilingChecks checks;
    private final Jurisdictions jurisdictions;

    QuoteValidation(FilingChecks checks, Jurisdictions jurisdictions) {
        this.checks = checks;
        this.jurisdictions = jurisdictions;
    }

    QuoteRequest validate(QuoteRequests.Quote request, Instant now) {
        if (request == null) {
            throw new InvalidInput(new Violation("", "required", "the body must be a JSON object"));
        }
        Violations v = new Violations();
        CountryCode destination = checks.country(v, "/destination", request.destination());
        if (destination != null && !jurisdictions.clearsFor(destination)) {
            v.add("/destination", "not-a-jurisdiction", "Caravan clears for " + jurisdictions.all().stream()
                    .map(j -> j.code().value()).collect(Collectors.joining(", ")) + ", not for " + destination);
            destination = null;
        }
        Channel channel = channel(v, request.channel());
        boolean parcelMassGiven = request.grossMassKg() != null;
        List<QuoteRequest.Item> items = new ArrayList<>();
        v.each("/items", request.items(), MAX_ITEMS, (p, item) -> {
            HsCode hs = checks.hsCode(v, p + "/hsCode", item.hsCode());
            Optional<String> description = checks.optionalText(v, p + "/description", item.description(), 300);
            Money value = money(v, p + "/value", item.value(), false);
            int quantity = item.quantity() == null ? 1 : checks.quantity(v, p + "/quantity", item.quantity());
            BigDecimal net = item.netMassKg() == null ? null : v.decimal(p + "/netMassKg", item.netMassKg(), false, 3);
            BigDecimal gross = item.grossMassKg() == null ? null : v.decimal(p + "/grossMassKg", item.grossMassKg(), false, 3);
            if (item.netMassKg() == null && item.grossMassKg() == null && !parcelMassGiven) {
                v.add(p + "/netMassKg", "required", "netMassKg or grossMassKg is required, unless the parcel's grossMassKg is given");
            }
            CountryCode origin = checks.country(v, p + "/originCountry", item.originCountry());
            BigDecimal mass = gross != null ? gross : net != null ? net : BigDecimal.ZERO;
            if (hs != null && value != null && quantity > 0 && origin != null) {
                items.add(new QuoteRequest.Item(hs, description, value, quantity, mass, origin));
            }
        });
        if (request.items() != null && items.size() == request.items().size() && items.stream()
                .map(i -> i.value().amount()).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(MAX_VALUE) >= 0) {
            v.add("/items", "too-large", "the goods' value (quantity times value, summed) must stay below 10^"
                    + Violations.MAX_INTEGER_DIGITS);
        }
        Optional<Money> shipping = request.shippingCost() == null ? Optional.empty()
                : Optional.ofNullable(money(v, "/shippingCost", request.shippingCost(), true));
        BigDecimal parcelMass = parcelMassGiven ? v.decimal("/grossMassKg", request.grossMassKg(), false, 3) : null;
        Optional<String> consumerId = checks.optionalText(v, "/consumerId", request.consumerId(), 100);
        if (consumerId.isPresent() && !ConsumerId.isWellFormed(consumerId.get())) {
            v.add("/consumerId", "not-a-consumer-id", "must be a consumer id such as \"KZ-P123456789018\": the "
                    + "issuing country, -P and 12 digits, the last a check digit");
        }
        LocalDate date = date(v, request.assessmentDate(), destination, now);
        v.throwIfAny();
        BigDecimal mass = parcelMass != null ? parcelMass
                : items.stream().map(QuoteRequest.Item::massKg).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new QuoteRequest(destination, channel, items, shipping, mass, parcelMass == null, consumerId, date);
    }

    private static Channel channel(Violations v, String value) {
        if (value == null) {
            return Channel.COURIER;
        }
        try {
            return Channel.valueOf(value);
        } catch (IllegalArgumentException e) {
            v.add("/channel", "unknown-channel", "must be one of " + Arrays.toString(Channel.values()));
            return null;
        }
    }

    private Money money(Violations v, String pointer, QuoteRequests.Amount amount, boolean allowZero) {
        if (!v.required(pointer, amount)) {
            return null;
        }
        BigDecimal value = v.decimal(pointer + "/amount", amount.amount(), allowZero, 4);
        Currency currency = checks.currency(v, pointer + "/currency", amount.currency());
        return value == null || currency == null ? null : Money.of(value, currency);
    }

    /** The date asked for, or today on the destination's clock, which dates its regimes and rates. */
    private LocalDate date(Violations v, String value, CountryCode destination, Instant now) {
        if (value == null) {
            return destination == null ? null : jurisdictions.dateIn(destination, now);
        }
        LocalDate date;
        try {
            date = value.length() > 10 ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            v.add("/assessmentDate", "not-a-date", "must be an ISO 8601 date such as \"2026-11-26\"");
            return null;
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            v.add("/assessmentDate", "out-of-range", "must lie between " + EARLIEST + " and " + LATEST);
            return null;
        }
        return date;
    }
}
