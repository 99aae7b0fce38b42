package org.caravan.clearance.internal.store;

import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.caravan.common.store.ChunkedIn;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How much of a periodic allowance each recipient has used, per jurisdiction, regime and
 * period. Rows are locked while a batch is assessed so two couriers' manifests for the
 * same recipient cannot both spend the same allowance.
 */
@Repository
public class AllowanceTable {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AllowanceTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Locks and returns the usage of the given recipients. A recipient seen for the first time
     * gets a row with nothing used first: locking only rows that exist would let two manifests
     * for a new recipient both read nothing used and both spend the whole allowance.
     */
    public Map<String, Money> lock(CountryCode jurisdiction, String regimeId, String period, List<String> consumerIds,
            Currency currency) {
        batch.batchUpdate("""
                insert into recipient_allowance (jurisdiction, regime_id, consumer_id, period, used, currency)
                values (?, ?, ?, ?, 0, ?) on conflict do nothing""", consumerIds, 1000, (ps, id) -> {
            ps.setString(1, jurisdiction.value());
            ps.setString(2, regimeId);
            ps.setString(3, id);
            ps.setString(4, period);
            ps.setString(5, currency.getCurrencyCode());
        });
        Map<String, Money> used = new HashMap<>();
        ChunkedIn.query(consumerIds, chunk -> jdbc.sql("""
                select consumer_id, used, currency from recipient_allowance
                where jurisdiction = :j and regime_id = :r and period = :p and consumer_id in (:ids) for update""")
                .param("j", jurisdiction.value()).param("r", regimeId).param("p", period).param("ids", chunk)
                .query((rs, n) -> Map.entry(rs.getString(1), Money.of(rs.getBigDecimal(2),
                        Currency.getInstance(rs.getString(3).trim()))))
                .list()).forEach(e -> used.put(e.getKey(), e.getValue()));
        return used;
    }

    /** What one recipient used in the period, without locking the row; empty when nothing is recorded. */
    public java.util.Optional<Money> used(CountryCode jurisdiction, String regimeId, String period, String consumerId) {
        return jdbc.sql("""
                select used, currency from recipient_allowance
                where jurisdiction = :j and regime_id = :r and period = :p and consumer_id = :c""")
                .param("j", jurisdiction.value()).param("r", regimeId).param("p", period).param("c", consumerId)
                .query((rs, n) -> Money.of(rs.getBigDecimal(1), Currency.getInstance(rs.getString(2).trim())))
                .optional();
    }

    /** Records what the batch's recipients have used now, in one batch of updates of the locked rows. */
    public void saveAll(CountryCode jurisdiction, String regimeId, String period, Map<String, Money> usedByRecipient) {
        batch.batchUpdate("""
                update recipient_allowance set used = ? where jurisdiction = ? and regime_id = ? and period = ? and consumer_id = ?""",
                List.copyOf(usedByRecipient.entrySet()), 1000, (ps, e) -> {
                    ps.setBigDecimal(1, e.getValue().amount());
                    ps.setString(2, jurisdiction.value());
                    ps.setString(3, regimeId);
                    ps.setString(4, period);
                    ps.setString(5, e.getKey());
                });
    }

    /**
     * Gives back {@code amount} of what the recipient used in the period (never below nothing),
     * for goods returned to the sender. The row is locked by the update, as the assessment
     * locks it, so a return and a manifest for the same recipient take turns.
     */
    public void restore(CountryCode jurisdiction, String regimeId, String period, String consumerId, Money amount) {
        jdbc.sql("""
                update recipient_allowance set used = greatest(used - :amount, 0)
                where jurisdiction = :j and regime_id = :r and period = :p and consumer_id = :c and currency = :cur""")
                .param("amount", amount.amount()).param("j", jurisdiction.value()).param("r", regimeId)
                .param("p", period).param("c", consumerId).param("cur", amount.currency().getCurrencyCode())
                .update();
    }
}
