package org.caravan.clearance.internal.payments;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.clearance.ClearanceStatusChanged;
import org.caravan.clearance.ConsigneePayments.PaymentBody;
import org.caravan.clearance.ConsigneePayments.PaymentConfirmed;
import org.caravan.clearance.internal.CaseDocuments;
import org.caravan.clearance.internal.CaseHistory;
import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.ClearanceCases;
import org.caravan.clearance.internal.model.IllegalTransition;
import org.caravan.clearance.internal.payments.model.Payment;
import org.caravan.clearance.internal.payments.model.Reference;
import org.caravan.clearance.internal.payments.store.PaymentTable;
import org.caravan.common.Conflict;
import org.caravan.common.Ids;
import org.caravan.common.InvalidInput;
import org.caravan.common.NotFound;
import org.caravan.common.ProblemTypes;
import org.caravan.common.Violation;
import org.caravan.common.Violations;
import org.caravan.party.Caller;
import org.caravan.reference.Currencies;
import org.caravan.reference.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A payer confirms the payment of a payment request: the platform whose order the parcel
 * matched (duties collected at checkout), the courier or e-commerce operator that filed it,
 * or the consignee through the tracking page. The amount and currency must be what the case
 * asks; the case is released as any release moves it, the payment named in its audit trail
 * and announced as every status change is. The case row is locked first, so two
 * confirmations of one request take turns: the second finds the first.
 */
@Service
public class ConfirmPayment {

    /** How far ahead of the service's clock a payer's paidAt may be, for clocks that drift. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final ClearanceCases cases;
    private final PaymentTable payments;
    private final CaseHistory history;

    ConfirmPayment(ClearanceCases cases, PaymentTable payments, CaseHistory history) {
        this.cases = cases;
        this.payments = payments;
        this.history = history;
    }

    /** A confirmation whose fields are sound. */
    record Confirmation(Reference reference, Money amount, Instant paidAt, String providerRef,
            boolean collectedAtCheckout) {
    }

    /** The payment and whether it was recorded now (201) or found from an earlier confirmation (200). */
    public record Confirmed(PaymentConfirmed answer, boolean created) {
    }

    /**
     * A confirmation of a request paid already by another transaction: refused, and kept as
     * refused (the transaction commits) so the statement shows the double payment.
     */
    public static final class PaidAlready extends Conflict {

        PaidAlready(String message) {
            super(ProblemTypes.PAYMENT_ALREADY_CONFIRMED, message);
        }
    }

    @Transactional(noRollbackFor = PaidAlready.class)
    public Confirmed confirm(Caller payer, PaymentBody body) {
        Confirmation confirmation = read(body, true);
        return confirm(confirmation, new Payment.Payer(payer.clientId(), payer.role().name()),
                c -> CaseDocuments.supplies(payer, c));
    }

    @Transactional(noRollbackFor = PaidAlready.class)
    public Confirmed confirmAsConsignee(String trackingNumber, PaymentBody body) {
        Confirmation confirmation = read(body, false);
        return confirm(confirmation, Payment.Payer.consignee(), c -> c.trackingNumber().equals(trackingNumber));
    }

    private Confirmed confirm(Confirmation p, Payment.Payer payer, Predicate<ClearanceCase> mayPay) {
        String notFound = "No payment request " + p.reference().value();
        ClearanceCase c = cases.lock(p.reference().id()).filter(found -> found.jurisdiction().equals(p.reference().jurisdiction()))
                .filter(mayPay).orElseThrow(() -> new NotFound(notFound));
        List<Payment> made = payments.ofCase(c.id());
        Optional<Payment> same = made.stream().filter(m -> m.providerRef().equals(p.providerRef())).findFirst();
        if (same.isPresent()) {
            return new Confirmed(answer(same.get(), c, true), false);
        }
        if (!made.isEmpty()) {
            if (payments.refusedOfCase(c.id()).stream().noneMatch(m -> m.providerRef().equals(p.providerRef()))) {
                payments.insertRefused(new Payment(Ids.next(), c.id(), c.trackingNumber(), c.jurisdiction(),
                        p.reference().value(), p.amount(), made.get(0).due(), p.paidAt(), p.providerRef(),
                        p.collectedAtCheckout(), payer, Instant.now()));
            }
            throw new PaidAlready("The payment request " + p.reference().value() + " was paid already (provider "
                    + "transaction " + made.get(0).providerRef() + "); this payment is recorded as refused, for the "
                    + "statement, and is to be claimed back");
        }
        if (c.status() != ClearanceStatus.PAYMENT_REQUIRED || c.amountDue().isEmpty()) {
            throw new IllegalTransition(c.status().isFinal() ? ProblemTypes.CASE_CLOSED : ProblemTypes.ILLEGAL_TRANSITION,
                    "The case for " + c.trackingNumber() + " in " + c.jurisdiction().value() + " is " + c.status()
                            + "; it waits for no payment");
        }
        Money due = c.amountDue().get().rounded();
        if (!due.currency().equals(p.amount().currency())) {
            throw new InvalidInput(new Violation("/amount/currency", "not-the-currency-due",
                    "the payment request is in " + due.currency().getCurrencyCode()));
        }
        if (due.amount().compareTo(p.amount().amount()) != 0) {
            throw new InvalidInput(new Violation("/amount", "not-the-amount-due", "the payment request is for " + due));
        }
        Instant now = Instant.now();
        Payment payment = new Payment(Ids.next(), c.id(), c.trackingNumber(), c.jurisdiction(), p.reference().value(),
                Money.of(p.amount().amount(), due.currency()), Optional.of(due), p.paidAt(), p.providerRef(),
                p.collectedAtCheckout(), payer, now);
        payments.insert(payment);
        var change = c.confirmPayment(now, payer.id(), due + " paid by " + payer.id() + " (" + payer.role()
                + "), provider transaction " + p.providerRef() + ", reference " + p.reference().value()
                + (p.collectedAtCheckout() ? ", collected at checkout" : ""));
        cases.save(c);
        history.keep(c, List.of(change), ClearanceStatusChanged.Cause.PAYMENT_CONFIRMED, false,
                Optional.of(payment.amount()));
        return new Confirmed(answer(payment, c, false), true);
    }

    private static PaymentConfirmed answer(Payment p, ClearanceCase c, boolean replayed) {
        return new PaymentConfirmed(p.reference(), p.trackingNumber(), p.jurisdiction().value(), p.amount().rounded(),
                p.paidAt(), p.providerRef(), p.collectedAtCheckout(), p.payer().id(), c.status().name(), replayed);
    }

    /** Checks every field, naming each that is wrong; the consignee never collects at checkout. */
    static Confirmation read(PaymentBody body, boolean mayCollectAtCheckout) {
        Violations v = new Violations();
        if (body == null) {
            v.add("", "required", "the body must be a JSON object");
            v.throwIfAny();
        }
        Reference reference = null;
        if (v.required("/reference", body.reference())) {
            try {
                reference = Reference.parse(body.reference());
                if (reference.kind() != Reference.Kind.PAY) {
                    v.add("/reference", "not-a-payment-reference", "a payment reference starts with PAY-");
                }
            } catch (Reference.Unreadable e) {
                v.add("/reference", e.code(), e.getMessage());
            }
        }
        Money amount = null;
        if (v.required("/amount", body.amount())) {
            BigDecimal value = v.decimal("/amount/amount", body.amount().amount(), false, 4);
            if (v.required("/amount/currency", body.amount().currency())) {
                if (!Currencies.isValid(body.amount().currency())) {
                    v.add("/amount/currency", "not-iso-4217", "must be an ISO 4217 currency code");
                } else if (value != null) {
                    amount = Money.of(value, Currency.getInstance(body.amount().currency()));
                }
            }
        }
        // to the microsecond both databases keep, so a replay answers the very time first answered
        Instant paidAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (body.paidAt() != null) {
            try {
                paidAt = Instant.parse(body.paidAt().length() <= 40 ? body.paidAt() : "x").truncatedTo(ChronoUnit.MICROS);
                if (paidAt.isAfter(Instant.now().plus(CLOCK_SKEW))) {
                    v.add("/paidAt", "in-the-future", "a payment confirmed now was made before now");
                }
            } catch (DateTimeParseException e) {
                v.add("/paidAt", "not-a-time", "must be an ISO 8601 UTC time such as 2026-11-20T10:15:09Z");
            }
        }
        if (v.required("/providerRef", body.providerRef())) {
            v.maxLength("/providerRef", body.providerRef().trim(), 100);
        }
        boolean collected = Boolean.TRUE.equals(body.collectedAtCheckout());
        if (collected && !mayCollectAtCheckout) {
            v.add("/collectedAtCheckout", "not-at-checkout", "the consignee pays here, not at the platform's checkout");
        }
        v.throwIfAny();
        return new Confirmation(reference, amount, paidAt, body.providerRef().trim(), collected);
    }
}
