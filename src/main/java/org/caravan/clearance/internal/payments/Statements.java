package org.caravan.clearance.internal.payments;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.clearance.internal.payments.model.Payment;
import org.caravan.clearance.internal.payments.model.Refund;
import org.caravan.clearance.internal.payments.model.StatementLine;
import org.caravan.clearance.internal.payments.model.StatementTotals;
import org.caravan.clearance.internal.payments.store.PaymentTable;
import org.caravan.clearance.internal.payments.store.StatementCases;
import org.caravan.common.InvalidInput;
import org.caravan.common.NotFound;
import org.caravan.common.Violation;
import org.caravan.party.Caller;
import org.caravan.party.Parties;
import org.caravan.party.Party;
import org.caravan.party.Role;
import org.caravan.reference.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A party's monthly statement of duties: a line per case assessed in the month with a
 * payment request, or paid (or paid again, refused) or refunded in it, and the month's
 * totals per currency with what does not reconcile. A platform reads the cases of its matched orders, a courier or
 * e-commerce operator the cases it filed; customs read any party's, an officer only within
 * their administration. Lines are read a page at a time, and the totals by walking every
 * page without keeping them, so a month of any size fits in memory. Months run in UTC.
 */
@Service
public class Statements {

    /** Lines read per query while totals are added up or CSV is written. */
    static final int WALK_PAGE = 1000;
    /** The discrepancies a statement lists at most; a month with more has a bigger problem to look at. */
    public static final int MAX_DISCREPANCIES = 1000;

    private final StatementCases statementCases;
    private final PaymentTable payments;
    private final Parties parties;

    Statements(StatementCases statementCases, PaymentTable payments, Parties parties) {
        this.statementCases = statementCases;
        this.payments = payments;
        this.parties = parties;
    }

    /** Whose statement and for which month. */
    public record Scope(String party, StatementCases.Filter filter, YearMonth month) {
    }

    /** The month's totals and what does not reconcile, found by reading every line once. */
    public record Summary(List<StatementTotals.Totals> totals, List<StatementLine.Discrepancy> discrepancies,
            boolean discrepanciesTruncated) {
    }

    /** Resolves whose statement the caller may read; a party the caller may not see is not found. */
    @Transactional(readOnly = true)
    public Scope scope(Caller caller, YearMonth month, Optional<String> party) {
        Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant until = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (caller.is(Role.PLATFORM) || caller.declares()) {
            if (party.isPresent() && !party.get().equals(caller.clientId())) {
                throw new NotFound("No statement of " + party.get());
            }
            return new Scope(caller.clientId(), filter(caller.role(), caller.clientId(), caller.partyId(),
                    Optional.empty(), from, until), month);
        }
        String clientId = party.orElseThrow(() -> new InvalidInput(new Violation("query:party", "required",
                "customs name the platform or courier whose statement they read")));
        Party found = parties.byClientId(clientId).filter(p -> p.role() == Role.PLATFORM || p.role().declares())
                .orElseThrow(() -> new NotFound("No platform or declarant " + clientId));
        Optional<org.caravan.reference.CountryCode> jurisdiction = caller.is(Role.ADMIN) ? Optional.empty()
                : Optional.of(caller.administration().orElseThrow());
        return new Scope(clientId, filter(found.role(), found.clientId(), found.id(), jurisdiction, from, until), month);
    }

    private static StatementCases.Filter filter(Role role, String clientId, UUID partyId,
            Optional<org.caravan.reference.CountryCode> jurisdiction, Instant from, Instant until) {
        return role == Role.PLATFORM
                ? new StatementCases.Filter(Optional.of(clientId), Optional.empty(), jurisdiction, from, until)
                : new StatementCases.Filter(Optional.empty(), Optional.of(partyId), jurisdiction, from, until);
    }

    /** One page of lines after the case {@code after}; the last line's case id is the next page's cursor. */
    @Transactional(readOnly = true)
    public List<StatementLine> page(Scope scope, Optional<UUID> after, int limit) {
        List<StatementCases.Row> rows = statementCases.page(scope.filter(), after, limit);
        List<UUID> ids = rows.stream().map(StatementCases.Row::id).toList();
        Map<UUID, List<Payment>> paid = payments.ofCases(ids).stream().collect(Collectors.groupingBy(Payment::caseId));
        Map<UUID, List<Payment>> refused = payments.refusedOfCases(ids).stream()
                .collect(Collectors.groupingBy(Payment::caseId));
        Map<UUID, List<Refund>> refunded = payments.refundsOfCases(ids).stream()
                .collect(Collectors.groupingBy(Refund::caseId));
        return rows.stream().map(r -> line(r, paid.getOrDefault(r.id(), List.of()), refused.getOrDefault(r.id(), List.of()),
                refunded.getOrDefault(r.id(), List.of()))).toList();
    }

    /** Every line of the month in case order, a page at a time. */
    @Transactional(readOnly = true)
    public void each(Scope scope, Consumer<StatementLine> consumer) {
        Optional<UUID> after = Optional.empty();
        while (true) {
            List<StatementLine> lines = page(scope, after, WALK_PAGE);
            lines.forEach(consumer);
            if (lines.size() < WALK_PAGE) {
                return;
            }
            after = Optional.of(lines.get(lines.size() - 1).caseId());
        }
    }

    @Transactional(readOnly = true)
    public Summary summary(Scope scope) {
        StatementTotals totals = new StatementTotals(scope.filter().from(), scope.filter().until());
        List<StatementLine.Discrepancy> discrepancies = new ArrayList<>();
        boolean[] truncated = {false};
        each(scope, line -> {
            totals.add(line);
            for (StatementLine.Discrepancy d : line.discrepancies()) {
                if (discrepancies.size() < MAX_DISCREPANCIES) {
                    discrepancies.add(d);
                } else {
                    truncated[0] = true;
                }
            }
        });
        return new Summary(totals.all(), discrepancies, truncated[0]);
    }

    /** What the case asked: while it waits, the amount due; once paid, what was due when it was paid. */
    private static StatementLine line(StatementCases.Row r, List<Payment> paid, List<Payment> refused,
            List<Refund> refunds) {
        Optional<Money> due = !paid.isEmpty() ? paid.get(0).due().map(Money::rounded)
                : r.status() == ClearanceStatus.PAYMENT_REQUIRED ? r.amountDue().map(Money::rounded) : Optional.empty();
        return new StatementLine(r.id(), r.trackingNumber(), r.jurisdiction(), r.decidedAt(), due, paid, refused, refunds);
    }
}
