package org.caravan.filing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.caravan.common.Conflict;
import org.caravan.common.Ids;
import org.caravan.common.InvalidInput;
import org.caravan.common.ProblemTypes;
import org.caravan.common.Violation;
import org.caravan.common.audit.AuditTrail;
import org.caravan.filing.internal.quotes.QuoteMatching;
import org.caravan.filing.internal.store.OrderTable;
import org.caravan.filing.internal.web.OrderReceipt.QuoteComparison;
import org.caravan.filing.internal.web.OrderReceipt.LandedCost;
import org.caravan.filing.internal.web.OrderReceipt;
import org.caravan.party.Caller;
import org.caravan.reference.Channel;
import org.caravan.reference.DeMinimisCalculation;
import org.caravan.reference.DeMinimisCalculator;
import org.caravan.reference.ExchangeRate;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Money;
import org.caravan.reference.Parcel;
import org.caravan.reference.RateUnavailable;
import org.springframework.stereotype.Service;

/**
 * A platform files an order at checkout; it answers with a landed-cost estimate for the
 * destination and, when the order names the quote it was sold with, how the two compare.
 */
@Service
class FileOrder {

    private final OrderTable orders;
    private final DeMinimisCalculator calculator;
    private final Jurisdictions jurisdictions;
    private final QuoteMatching quotes;
    private final AuditTrail audit;
    private final ConsumerIdCheck consumerIds;

    FileOrder(OrderTable orders, DeMinimisCalculator calculator, Jurisdictions jurisdictions, QuoteMatching quotes,
            AuditTrail audit, ConsumerIdCheck consumerIds) {
        this.audit = audit;
        this.consumerIds = consumerIds;
        this.quotes = quotes;
        this.orders = orders;
        this.calculator = calculator;
        this.jurisdictions = jurisdictions;
    }

    OrderReceipt file(Caller platform, Order order) {
        if (orders.exists(platform.clientId(), order.platformOrderRef())) {
            throw new Conflict(ProblemTypes.ORDER_ALREADY_FILED, "Order " + order.platformOrderRef() + " was filed before",
                    List.of(new Violation("/platformOrderRef", "already-filed", "an order with this reference exists")));
        }
        List<Violation> refused = new ArrayList<>();
        consumerIds.standing(List.of(order), o -> o.buyer().consumerId(), i -> "/buyer/consumerId", refused);
        if (!refused.isEmpty()) {
            throw new InvalidInput(refused);
        }
        UUID id = Ids.next();
        Instant now = Instant.now();
        // compared before it is stored: an order naming a quote it may not use is refused whole
        QuoteComparison quote = order.quoteId().map(q -> quotes.compare(platform, order, q, now)).orElse(null);
        orders.insert(id, platform.partyId(), platform.clientId(), order, now);
        audit.record(platform.clientId(), "order.filed", "order", id, order.destination().value(),
                "platformOrderRef", order.platformOrderRef(), "lines", order.lines().size(),
                "goodsValue", order.goodsValue().toString());
        return new OrderReceipt(id, order.platformOrderRef(), OrderReceipt.FILED,
                List.of(estimate(order, jurisdictions.dateIn(order.destination(), now))), quote);
    }

    /**
     * The estimate assumes the buyer has used none of a monthly allowance; the
     * assessment on the manifest line is what counts.
     */
    private LandedCost estimate(Order order, LocalDate on) {
        String destination = order.destination().value();
        var regime = calculator.regimeFor(order.destination(), Channel.COURIER, on);
        if (regime.isEmpty()) {
            return LandedCost.unavailable(destination,
                    "Caravan has no regime in force for " + order.destination() + "; no estimate");
        }
        BigDecimal mass = order.lines().stream().map(l -> l.netMassKg().orElse(BigDecimal.ZERO)
                .multiply(BigDecimal.valueOf(l.quantity()))).reduce(BigDecimal.ZERO, BigDecimal::add);
        var goods = order.lines().stream().map(l -> new Parcel.Goods(l.hsCode(),
                l.unitPrice().times(BigDecimal.valueOf(l.quantity())))).toList();
        DeMinimisCalculation calc;
        try {
            calc = calculator.calculate(regime.get(), order.destination(), on, new Parcel(order.goodsValue(), mass, goods,
                    Money.zero(regime.get().allowance().value().currency())));
        } catch (RateUnavailable e) {
            return LandedCost.unavailable(destination, e.getMessage() + "; no estimate");
        }
        List<String> notes = new ArrayList<>();
        calc.notComputed().ifPresent(notes::add);
        if (regime.get().allowance().accumulates()) {
            notes.add("Assumes none of the buyer's monthly allowance is used yet.");
        }
        notes.add("Goods net mass is used as an estimate of the parcel's gross mass.");
        ExchangeRate rate = calc.valuationRate();
        return new LandedCost(destination, true, null, regime.get().id(), regime.get().legalReference(), order.goodsValue(),
                calc.dutyFree(), calc.chargeComputed() ? calc.chargeDue().orElseThrow() : null,
                new OrderReceipt.ExchangeRate(rate.from().getCurrencyCode(), rate.to().getCurrencyCode(),
                        rate.rate().toPlainString(), rate.date().toString(), rate.source()),
                notes);
    }
}
