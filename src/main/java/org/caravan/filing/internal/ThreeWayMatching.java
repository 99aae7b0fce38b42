package org.caravan.filing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caravan.filing.MatchSignal;
import org.caravan.filing.MatchSignal.Kind;
import org.caravan.filing.internal.store.StoredOrder;
import org.caravan.reference.ExchangeRates;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Money;
import org.caravan.reference.Watchlist;
import org.springframework.stereotype.Component;

/**
 * Compares the courier's manifest line with the platform's order and its payment record.
 * Discrepancies are recorded as signals for risk assessment, not rejections: the
 * manifest line is still the declarant's declaration.
 */
@Component
class ThreeWayMatching {

    /** Values within 1 % are taken as equal: platforms and couriers round differently. */
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private final ExchangeRates rates;
    private final Jurisdictions jurisdictions;

    ThreeWayMatching(ExchangeRates rates, Jurisdictions jurisdictions) {
        this.rates = rates;
        this.jurisdictions = jurisdictions;
    }

    /** Values are compared at the rate of the day of filing on the clock of the line's destination. */
    List<MatchSignal> match(Manifest.HouseConsignment line, Optional<StoredOrder> order, Instant filedAt) {
        if (line.platformOrderRef().isEmpty()) {
            return List.of(new MatchSignal(Kind.ORDER_NOT_FOUND, "no platform order reference on the manifest line"));
        }
        if (order.isEmpty()) {
            return List.of(new MatchSignal(Kind.ORDER_NOT_FOUND,
                    "no order " + line.platformOrderRef().get() + " filed by " + line.platformCode().get()));
        }
        StoredOrder o = order.get();
        List<MatchSignal> signals = new ArrayList<>();
        LocalDate on = jurisdictions.dateIn(line.consignee().country(), filedAt);
        Money declared = rates.convert(line.declaredValue(), o.goodsValue().currency(), on);
        if (differs(declared, o.goodsValue())) {
            signals.add(new MatchSignal(Kind.VALUE_MISMATCH, "declared " + line.declaredValue() + " against order goods value "
                    + o.goodsValue()));
        }
        boolean sameConsumer = line.consignee().consumerId().isPresent() && o.consumerId().isPresent()
                ? line.consignee().consumerId().equals(o.consumerId())
                : Watchlist.normalise(line.consignee().name()).equals(Watchlist.normalise(o.consigneeName()));
        if (!sameConsumer) {
            signals.add(new MatchSignal(Kind.CONSIGNEE_MISMATCH, "consignee differs from the order's buyer"));
        }
        if (!line.consignee().country().equals(o.destination())) {
            signals.add(new MatchSignal(Kind.DESTINATION_MISMATCH,
                    "order destination " + o.destination() + ", manifest consignee in " + line.consignee().country()));
        }
        if (!itemKeys(line).equals(count(o.items()))) {
            signals.add(new MatchSignal(Kind.ITEMS_MISMATCH, "HS subheadings or quantities differ from the order"));
        }
        o.paid().filter(paid -> paid.amount().compareTo(o.goodsValue().amount().multiply(BigDecimal.ONE.subtract(TOLERANCE))) < 0)
                .ifPresent(paid -> signals.add(new MatchSignal(Kind.PAYMENT_MISMATCH,
                        "payment of " + paid + " is below the order goods value " + o.goodsValue())));
        return signals;
    }

    private static boolean differs(Money a, Money b) {
        BigDecimal diff = a.amount().subtract(b.amount()).abs();
        BigDecimal base = b.amount().abs().max(BigDecimal.ONE);
        return diff.divide(base, 6, RoundingMode.HALF_UP).compareTo(TOLERANCE) > 0;
    }

    private static Map<String, Integer> itemKeys(Manifest.HouseConsignment line) {
        Map<String, Integer> keys = new HashMap<>();
        line.items().forEach(i -> keys.merge(i.hsCode().subheading(), i.quantity(), Integer::sum));
        return keys;
    }

    private static Map<String, Integer> count(List<StoredOrder.ItemKey> items) {
        Map<String, Integer> keys = new HashMap<>();
        items.forEach(i -> keys.merge(i.subheading(), i.quantity(), Integer::sum));
        return keys;
    }
}
