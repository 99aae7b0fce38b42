package org.caravan.clearance.internal.payments.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.internal.payments.model.Payment;
import org.caravan.clearance.internal.payments.model.Refund;
import org.caravan.common.store.ChunkedIn;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payments and refunds in the {@code payment} and {@code refund} tables. */
@Repository
public class PaymentTable {

    private static final String PAYMENT = """
            id, case_id, tracking_number, jurisdiction, reference, amount, currency, due_amount, due_currency, paid_at,
            provider_ref, collected_at_checkout, paid_by, payer_role, recorded_at""";
    private static final String REFUND = """
            id, reference, payment_id, case_id, tracking_number, jurisdiction, amount, currency, owed_to, owed_to_role,
            state, created_at, refunded_at, bank_ref, refunded_by""";

    private final JdbcClient jdbc;

    PaymentTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Payment p) {
        insert("payment", p);
    }

    /** Keeps a confirmation refused because the request was paid already. */
    public void insertRefused(Payment p) {
        insert("refused_payment", p);
    }

    public List<Payment> refusedOfCase(UUID caseId) {
        return jdbc.sql("select " + PAYMENT + " from refused_payment where case_id = ? order by paid_at, id").param(caseId)
                .query(PaymentTable::payment).list();
    }

    public List<Payment> refusedOfCases(Collection<UUID> caseIds) {
        return ChunkedIn.query(caseIds, chunk -> jdbc.sql("select " + PAYMENT
                + " from refused_payment where case_id in (:ids) order by paid_at, id").param("ids", chunk)
                .query(PaymentTable::payment).list());
    }

    private void insert(String table, Payment p) {
        jdbc.sql("insert into " + table + " (" + PAYMENT + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(p.id(), p.caseId(), p.trackingNumber(), p.jurisdiction().value(), p.reference(),
                        p.amount().amount(), p.amount().currency().getCurrencyCode(),
                        p.due().map(Money::amount).orElse(null),
                        p.due().map(m -> m.currency().getCurrencyCode()).orElse(null), Timestamp.from(p.paidAt()),
                        p.providerRef(), p.collectedAtCheckout(), p.payer().id(), p.payer().role(),
                        Timestamp.from(p.recordedAt()))
                .update();
    }

    public List<Payment> ofCase(UUID caseId) {
        return ofCases(List.of(caseId));
    }

    public List<Payment> ofCases(Collection<UUID> caseIds) {
        return ChunkedIn.query(caseIds, chunk -> jdbc.sql("select " + PAYMENT
                + " from payment where case_id in (:ids) order by paid_at, id").param("ids", chunk)
                .query(PaymentTable::payment).list());
    }

    public void insert(Refund r) {
        jdbc.sql("insert into refund (" + REFUND + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id(), r.reference(), r.paymentId(), r.caseId(), r.trackingNumber(), r.jurisdiction().value(),
                        r.amount().amount(), r.amount().currency().getCurrencyCode(), r.owedTo().id(), r.owedTo().role(),
                        r.state().name(), Timestamp.from(r.createdAt()), r.refundedAt().map(Timestamp::from).orElse(null),
                        r.bankRef().orElse(null), r.refundedBy().orElse(null))
                .update();
    }

    /** The refund, locked against a second officer recording it at the same moment. */
    public Optional<Refund> lockRefund(String reference) {
        return jdbc.sql("select " + REFUND + " from refund where reference = ? for update").param(reference)
                .query(PaymentTable::refund).optional();
    }

    public void refunded(Refund r) {
        jdbc.sql("update refund set state = ?, refunded_at = ?, bank_ref = ?, refunded_by = ? where id = ?")
                .params(r.state().name(), r.refundedAt().map(Timestamp::from).orElse(null), r.bankRef().orElse(null),
                        r.refundedBy().orElse(null), r.id())
                .update();
    }

    public List<Refund> refundsOfCase(UUID caseId) {
        return refundsOfCases(List.of(caseId));
    }

    public List<Refund> refundsOfCases(Collection<UUID> caseIds) {
        return ChunkedIn.query(caseIds, chunk -> jdbc.sql("select " + REFUND
                + " from refund where case_id in (:ids) order by created_at, id").param("ids", chunk)
                .query(PaymentTable::refund).list());
    }

    private static Payment payment(ResultSet rs, int row) throws SQLException {
        Optional<Money> due = rs.getBigDecimal(8) == null ? Optional.empty()
                : Optional.of(Money.of(rs.getBigDecimal(8), Currency.getInstance(rs.getString(9).trim())));
        return new Payment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                CountryCode.of(rs.getString(4).trim()), rs.getString(5),
                Money.of(rs.getBigDecimal(6), Currency.getInstance(rs.getString(7).trim())), due,
                rs.getTimestamp(10).toInstant(), rs.getString(11), rs.getBoolean(12),
                new Payment.Payer(rs.getString(13), rs.getString(14)), rs.getTimestamp(15).toInstant());
    }

    private static Refund refund(ResultSet rs, int row) throws SQLException {
        return new Refund(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class), rs.getString(5), CountryCode.of(rs.getString(6).trim()),
                Money.of(rs.getBigDecimal(7), Currency.getInstance(rs.getString(8).trim())),
                new Payment.Payer(rs.getString(9), rs.getString(10)), Refund.State.valueOf(rs.getString(11)),
                rs.getTimestamp(12).toInstant(), instant(rs, 13), Optional.ofNullable(rs.getString(14)),
                Optional.ofNullable(rs.getString(15)));
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? Optional.empty() : Optional.of(t.toInstant());
    }
}
