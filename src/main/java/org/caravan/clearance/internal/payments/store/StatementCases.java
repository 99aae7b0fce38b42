package org.caravan.clearance.internal.payments.store;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cases a monthly statement lists, a page at a time in case-id order: a party's cases
 * assessed in the month that asked for payment (still waiting, or paid), and its cases with
 * a payment, a refused payment or a refund in the month.
 */
@Repository
public class StatementCases {

    private final JdbcClient jdbc;

    StatementCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whose cases: the platform of the matched orders or the courier that filed, and for an
     * officer only the cases of their administration. The month runs from {@code from}
     * (inclusive) to {@code until} (exclusive).
     */
    public record Filter(Optional<String> platformCode, Optional<UUID> courierPartyId, Optional<CountryCode> jurisdiction,
            Instant from, Instant until) {
    }

    /** A case as a statement needs it; {@code amountDue} is what it asks while it waits for payment. */
    public record Row(UUID id, String trackingNumber, CountryCode jurisdiction, ClearanceStatus status, Instant decidedAt,
            Optional<Money> amountDue) {
    }

    public List<Row> page(Filter f, Optional<UUID> after, int limit) {
        StringBuilder sql = new StringBuilder("""
                select c.id, c.tracking_number, c.jurisdiction, c.status, c.decided_at, c.amount_due, c.amount_currency
                from clearance_case c where""");
        sql.append(f.platformCode().isPresent() ? " c.platform_code = :party" : " c.courier_party_id = :party");
        if (f.jurisdiction().isPresent()) {
            sql.append(" and c.jurisdiction = :jurisdiction");
        }
        if (after.isPresent()) {
            sql.append(" and c.id > :after");
        }
        sql.append("""
                 and (
                  (c.decided_at >= :from and c.decided_at < :until
                    and (c.status = 'PAYMENT_REQUIRED' or exists (select 1 from payment p where p.case_id = c.id)))
                  or exists (select 1 from payment p where p.case_id = c.id and p.paid_at >= :from and p.paid_at < :until)
                  or exists (select 1 from refused_payment p where p.case_id = c.id and p.paid_at >= :from
                    and p.paid_at < :until)
                  or exists (select 1 from refund r where r.case_id = c.id
                    and ((r.created_at >= :from and r.created_at < :until)
                      or (r.refunded_at >= :from and r.refunded_at < :until))))
                order by c.id fetch first :limit rows only""");
        var spec = jdbc.sql(sql.toString())
                .param("party", f.platformCode().isPresent() ? f.platformCode().get() : f.courierPartyId().orElseThrow())
                .param("from", Timestamp.from(f.from())).param("until", Timestamp.from(f.until())).param("limit", limit);
        if (f.jurisdiction().isPresent()) {
            spec = spec.param("jurisdiction", f.jurisdiction().get().value());
        }
        if (after.isPresent()) {
            spec = spec.param("after", after.get());
        }
        return spec.query((rs, n) -> {
            BigDecimal due = rs.getBigDecimal(6);
            return new Row(rs.getObject(1, UUID.class), rs.getString(2), CountryCode.of(rs.getString(3).trim()),
                    ClearanceStatus.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(),
                    due == null ? Optional.empty()
                            : Optional.of(Money.of(due, Currency.getInstance(rs.getString(7).trim()))));
        }).list();
    }
}
