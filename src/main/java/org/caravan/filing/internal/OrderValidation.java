package org.caravan.filing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.caravan.common.Violation;
import org.caravan.common.Violations;
import org.caravan.filing.internal.web.FilingRequests;
import org.caravan.reference.CountryCode;
import org.caravan.reference.HsCode;
import org.caravan.reference.Money;
import org.springframework.stereotype.Component;

/** Turns an order request into a validated {@link Order}, or rejects it naming every bad field. */
@Component
class OrderValidation {

    static final int MAX_ITEMS = 200;
    private static final Set<String> INCOTERMS = Set.of("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF");

    private static final BigDecimal MAX_GOODS_VALUE = BigDecimal.TEN.pow(Violations.MAX_INTEGER_DIGITS);

    private final FilingChecks checks;

    OrderValidation(FilingChecks checks) {
        this.checks = checks;
    }

    Order validate(FilingRequests.Order request) {
        Violations v = new Violations();
        if (request == null) {
            throw new org.caravan.common.InvalidInput(new Violation("", "required", "the body must be a JSON object"));
        }
        String ref = checks.text(v, "/platformOrderRef", request.platformOrderRef(), 100);
        Instant orderedAt = checks.instant(v, "/orderedAt", request.orderedAt(), true);
        Order.Seller seller = null;
        if (v.required("/seller", request.seller())) {
            var s = request.seller();
            seller = new Order.Seller(checks.text(v, "/seller/id", s.id(), 100), checks.text(v, "/seller/name", s.name(), 200),
                    checks.country(v, "/seller/country", s.country()));
        }
        Order.Buyer buyer = null;
        if (v.required("/buyer", request.buyer())) {
            var b = request.buyer();
            String name = checks.text(v, "/buyer/name", b.name(), 200);
            Optional<String> consumerId = ConsumerIdCheck.form(v, "/buyer/consumerId", b.consumerId());
            if (v.required("/buyer/address", b.address())) {
                buyer = new Order.Buyer(name, consumerId, checks.optionalText(v, "/buyer/address/city", b.address().city(), 100),
                        checks.country(v, "/buyer/address/country", b.address().country()),
                        checks.optionalText(v, "/buyer/address/postcode", b.address().postcode(), 20));
            }
        }
        CountryCode destination = checks.country(v, "/destinationCountry", request.destinationCountry());
        Currency currency = checks.currency(v, "/currency", request.currency());
        List<Order.Line> lines = new ArrayList<>();
        v.each("/items", request.items(), MAX_ITEMS, (p, item) -> {
            String sku = checks.text(v, p + "/sku", item.sku(), 100);
            String description = checks.text(v, p + "/description", item.description(), 300);
            HsCode hs = checks.hsCode(v, p + "/hsCode", item.hsCode());
            int quantity = checks.quantity(v, p + "/quantity", item.quantity());
            BigDecimal unitPrice = v.decimal(p + "/unitPrice", item.unitPrice(), false, 4);
            CountryCode origin = checks.country(v, p + "/originCountry", item.originCountry());
            Optional<BigDecimal> mass = item.netMassKg() == null ? Optional.empty()
                    : Optional.ofNullable(v.decimal(p + "/netMassKg", item.netMassKg(), false, 3));
            if (currency != null && unitPrice != null) {
                lines.add(new Order.Line(sku, description, hs, quantity, Money.of(unitPrice, currency), origin, mass));
            }
        });
        if (!lines.isEmpty() && lines.size() == request.items().size() && tooLarge(lines)) {
            v.add("/items", "too-large", "the order's goods value (quantity times unit price, summed) must stay below 10^"
                    + Violations.MAX_INTEGER_DIGITS);
        }
        Optional<Money> shipping = Optional.empty();
        if (request.shippingCost() != null) {
            BigDecimal cost = v.decimal("/shippingCost", request.shippingCost(), true, 4);
            shipping = cost == null || currency == null ? Optional.empty() : Optional.of(Money.of(cost, currency));
        }
        Optional<Order.Payment> payment = Optional.empty();
        if (request.payment() != null) {
            var p = request.payment();
            String provider = checks.text(v, "/payment/provider", p.provider(), 100);
            String transaction = checks.text(v, "/payment/transactionRef", p.transactionRef(), 100);
            BigDecimal amount = v.decimal("/payment/amount", p.amount(), false, 4);
            Instant paidAt = checks.instant(v, "/payment/paidAt", p.paidAt(), true);
            if (amount != null && currency != null) {
                payment = Optional.of(new Order.Payment(provider, transaction, Money.of(amount, currency), paidAt));
            }
        }
        Optional<String> incoterm = Optional.ofNullable(request.incoterm());
        if (incoterm.isPresent() && !INCOTERMS.contains(incoterm.get())) {
            v.add("/incoterm", "unknown-incoterm", "must be an Incoterms 2020 rule such as \"DAP\"");
        }
        Optional<UUID> quoteId = quoteId(v, request.quoteId());
        v.throwIfAny();
        return new Order(ref, orderedAt, seller, buyer, destination, List.copyOf(lines), shipping, payment, incoterm,
                quoteId);
    }

    private static Optional<UUID> quoteId(Violations v, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            if (value.length() == 36) {
                return Optional.of(UUID.fromString(value));
            }
        } catch (IllegalArgumentException e) {
            // named below
        }
        v.add("/quoteId", "not-a-quote-id", "must be the quoteId of a quote, a UUID");
        return Optional.empty();
    }

    private static boolean tooLarge(List<Order.Line> lines) {
        return lines.stream().map(l -> l.unitPrice().amount().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(MAX_GOODS_VALUE) >= 0;
    }
}
