package org.caravan.clearance.internal.payments.model;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.caravan.reference.Money;

/**
 * A month's totals per currency, added up one line at a time so a month of any size is
 * never held whole. Assessed counts lines assessed in the month; paid and collected at
 * checkout count payments made in it; refunded counts refunds paid back in it; outstanding
 * is assessed less paid.
 */
public final class StatementTotals {

    /** One currency's totals. */
    public record Totals(Money assessed, Money collectedAtCheckout, Money paid, Money refunded) {

        static Totals zero(Currency c) {
            return new Totals(Money.zero(c), Money.zero(c), Money.zero(c), Money.zero(c));
        }

        public Money outstanding() {
            return assessed.minus(paid);
        }
    }

    private final Instant from;
    private final Instant until;
    private final Map<String, Totals> byCurrency = new TreeMap<>();

    /** Totals of the month from {@code from} (inclusive) to {@code until} (exclusive). */
    public StatementTotals(Instant from, Instant until) {
        this.from = from;
        this.until = until;
    }

    public void add(StatementLine line) {
        if (within(line.assessedAt())) {
            line.assessedDue().ifPresent(due -> update(due.currency(), t -> new Totals(t.assessed().plus(due),
                    t.collectedAtCheckout(), t.paid(), t.refunded())));
        }
        for (Payment p : line.payments()) {
            if (within(p.paidAt())) {
                Money a = p.amount();
                update(a.currency(), t -> new Totals(t.assessed(), p.collectedAtCheckout()
                        ? t.collectedAtCheckout().plus(a) : t.collectedAtCheckout(), t.paid().plus(a), t.refunded()));
            }
        }
        for (Refund r : line.refunds()) {
            if (r.state() == Refund.State.REFUNDED && r.refundedAt().filter(this::within).isPresent()) {
                update(r.amount().currency(), t -> new Totals(t.assessed(), t.collectedAtCheckout(), t.paid(),
                        t.refunded().plus(r.amount())));
            }
        }
    }

    public boolean within(Instant at) {
        return !at.isBefore(from) && at.isBefore(until);
    }

    private void update(Currency c, java.util.function.UnaryOperator<Totals> change) {
        byCurrency.put(c.getCurrencyCode(), change.apply(byCurrency.getOrDefault(c.getCurrencyCode(), Totals.zero(c))));
    }

    /** The totals, by currency code. */
    public List<Totals> all() {
        return List.copyOf(byCurrency.values());
    }
}
