package org.caravan.filing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.caravan.common.Conflict;
import org.caravan.common.Ids;
import org.caravan.common.Violation;
import org.caravan.filing.internal.store.OrderTable;
import org.caravan.party.Caller;
import org.caravan.reference.Channel;
import org.caravan.reference.DeMinimisCalculation;
import org.caravan.reference.DeMinimisCalculator;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Money;
import org.springframework.stereotype.Service;

/** A platform files an order at checkout; it answers with a landed-cost estimate for the destination. */
@Service
class FileOrder {

    private final OrderTable orders;
    private final DeMinimisCalculator calculator;
    private final Jurisdictions jurisdictions;

    FileOrder(OrderTable orders, DeMinimisCalculator calculator, Jurisdictions jurisdictions) {
        this.orders = orders;
        this.calculator = calculator;
        this.jurisdictions = jurisdictions;
    }

    Map<String, Object> file(Caller platform, Order order) {
        if (orders.exists(platform.clientId(), order.platformOrderRef())) {
            throw new Conflict("order-already-filed", "Order " + order.platformOrderRef() + " was filed before",
                    List.of(new Violation("/platformOrderRef", "already-filed", "an order with this reference exists")));
        }
        UUID id = Ids.next();
        Instant now = Instant.now();
        orders.insert(id, platform.partyId(), platform.clientId(), order, now);
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("orderId", id);
        receipt.put("platformOrderRef", order.platformOrderRef());
        receipt.put("status", "FILED");
        receipt.put("landedCost", List.of(estimate(order, jurisdictions.dateIn(order.destination(), now))));
        return receipt;
    }

    /**
     * The estimate assumes the buyer has used none of a monthly allowance; the
     * assessment on the manifest line is what counts.
     */
    private Map<String, Object> estimate(Order order, LocalDate on) {
        Map<String, Object> estimate = new LinkedHashMap<>();
        estimate.put("destination", order.destination().value());
        var regime = calculator.regimeFor(order.destination(), Channel.COURIER, on);
        if (regime.isEmpty()) {
            estimate.put("available", false);
            estimate.put("note", "Caravan has no regime in force for " + order.destination() + "; no estimate");
            return estimate;
        }
        Money goods = order.goodsValue();
        var mass = order.lines().stream().map(l -> l.netMassKg().orElse(java.math.BigDecimal.ZERO)
                .multiply(java.math.BigDecimal.valueOf(l.quantity()))).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        DeMinimisCalculation calc = calculator.calculate(regime.get(), order.destination(), on, goods, mass,
                Money.zero(regime.get().allowance().value().currency()));
        estimate.put("available", true);
        estimate.put("regime", regime.get().id());
        estimate.put("legalReference", regime.get().legalReference());
        estimate.put("customsValue", money(goods));
        estimate.put("dutyFree", calc.dutyFree());
        List<String> notes = new ArrayList<>();
        if (calc.chargeComputed()) {
            estimate.put("duties", money(calc.chargeDue().orElseThrow()));
        } else {
            notes.add(regime.get().excess().note());
        }
        if (regime.get().allowance().accumulates()) {
            notes.add("Assumes none of the buyer's monthly allowance is used yet.");
        }
        notes.add("Goods net mass is used as an estimate of the parcel's gross mass.");
        estimate.put("exchangeRate", Map.of("from", calc.valuationRate().from().getCurrencyCode(), "to",
                calc.valuationRate().to().getCurrencyCode(), "rate", calc.valuationRate().rate().toPlainString(), "date",
                calc.valuationRate().date().toString(), "source", calc.valuationRate().source()));
        estimate.put("notes", notes);
        return estimate;
    }

    static Map<String, String> money(Money money) {
        Money rounded = money.rounded();
        return Map.of("amount", rounded.amount().toPlainString(), "currency", rounded.currency().getCurrencyCode());
    }
}
