package org.caravan.clearance.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.internal.payments.model.Payment;
import org.caravan.clearance.internal.payments.model.Refund;
import org.caravan.clearance.internal.payments.model.StatementLine;
import org.caravan.clearance.internal.payments.model.StatementTotals;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;
import org.junit.jupiter.api.Test;

/**
 * What a statement finds wrong, on payments the API itself would refuse (a second payment,
 * a payment of another amount) but that a provider's settlement or an older record can hold.
 */
class StatementLineTest {

    static final CountryCode KZ = CountryCode.of("KZ");
    static final Instant NOV = Instant.parse("2026-11-10T10:00:00Z");
    static final Instant DEC = Instant.parse("2026-12-02T10:00:00Z");
    static final Money DUE = Money.of("9380.17", "KZT");

    @Test
    void aCleanPaymentHasNoDiscrepancy() {
        assertThat(line(Optional.of(DUE), payment("P1", DUE, Optional.of(DUE), true, "platform-1", "PLATFORM", NOV))
                .discrepancies()).isEmpty();
    }

    @Test
    void paidTwiceAtCheckoutAndByTheConsigneeIsFound() {
        StatementLine l = line(Optional.of(DUE), payment("P1", DUE, Optional.of(DUE), true, "platform-1", "PLATFORM", NOV),
                payment("P2", DUE, Optional.of(DUE), false, "CONSIGNEE", "CONSIGNEE", NOV));
        assertThat(l.discrepancies()).extracting(StatementLine.Discrepancy::code).containsExactly(
                StatementLine.Discrepancy.PAID_TWICE, StatementLine.Discrepancy.COLLECTED_AT_CHECKOUT_AND_PAID_BY_CONSIGNEE);
    }

    @Test
    void aConsigneePaymentRefusedAfterTheCheckoutCollectionIsFoundAndNotCountedAsPaid() {
        Payment atCheckout = payment("P1", DUE, Optional.of(DUE), true, "platform-1", "PLATFORM", NOV);
        Payment refused = payment("P2", DUE, Optional.of(DUE), false, "CONSIGNEE", "CONSIGNEE", NOV);
        StatementLine l = new StatementLine(UUID.randomUUID(), "CRV1", KZ, NOV, Optional.of(DUE), List.of(atCheckout),
                List.of(refused), List.of());
        assertThat(l.discrepancies()).extracting(StatementLine.Discrepancy::code).containsExactly(
                StatementLine.Discrepancy.PAID_TWICE, StatementLine.Discrepancy.COLLECTED_AT_CHECKOUT_AND_PAID_BY_CONSIGNEE);
        assertThat(l.discrepancies().get(0).detail()).contains("P2 by CONSIGNEE (refused: paid already)");
        StatementTotals totals = new StatementTotals(Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z"));
        totals.add(l);
        assertThat(totals.all().get(0).paid()).isEqualTo(DUE);
        assertThat(totals.all().get(0).outstanding().isZero()).isTrue();
    }

    @Test
    void aPaymentOfNothingDueOrOfAnotherAmountIsFound() {
        assertThat(line(Optional.empty(), payment("P1", DUE, Optional.empty(), false, "courier-1", "COURIER", NOV))
                .discrepancies()).extracting(StatementLine.Discrepancy::code)
                .containsExactly(StatementLine.Discrepancy.PAID_BUT_NEVER_DUE);
        assertThat(line(Optional.of(DUE), payment("P1", Money.of("9380.00", "KZT"), Optional.of(DUE), false, "courier-1",
                "COURIER", NOV)).discrepancies()).extracting(StatementLine.Discrepancy::code)
                .containsExactly(StatementLine.Discrepancy.PAID_OTHER_THAN_DUE);
    }

    @Test
    void totalsCountWhatHappenedInTheMonthOnly() {
        StatementTotals november = new StatementTotals(Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z"));
        Payment paidInDecember = payment("P1", DUE, Optional.of(DUE), true, "platform-1", "PLATFORM", DEC);
        november.add(line(Optional.of(DUE), paidInDecember));
        Payment paid = payment("P2", Money.of("100.00", "KZT"), Optional.of(Money.of("100.00", "KZT")), false, "CONSIGNEE",
                "CONSIGNEE", NOV);
        Refund refunded = Refund.owedOn(paid, UUID.randomUUID(), NOV).refunded("BANK-1", "officer", NOV.plusSeconds(60));
        november.add(new StatementLine(UUID.randomUUID(), "CRV2", KZ, NOV, Optional.of(paid.amount()), List.of(paid),
                List.of(), List.of(refunded)));
        StatementTotals.Totals kzt = november.all().get(0);
        assertThat(kzt.assessed()).isEqualTo(Money.of("9480.17", "KZT"));
        assertThat(kzt.paid()).isEqualTo(Money.of("100.00", "KZT"));
        assertThat(kzt.collectedAtCheckout().isZero()).isTrue();
        assertThat(kzt.refunded()).isEqualTo(Money.of("100.00", "KZT"));
        assertThat(kzt.outstanding()).isEqualTo(Money.of("9380.17", "KZT"));
    }

    private static StatementLine line(Optional<Money> due, Payment... payments) {
        return new StatementLine(UUID.randomUUID(), "CRV1", KZ, NOV, due, List.of(payments), List.of(), List.of());
    }

    private static Payment payment(String providerRef, Money amount, Optional<Money> due, boolean atCheckout,
            String payer, String role, Instant at) {
        return new Payment(UUID.randomUUID(), UUID.randomUUID(), "CRV1", KZ, "PAY-KZ-X", amount, due, at, providerRef,
                atCheckout, new Payment.Payer(payer, role), at);
    }
}
