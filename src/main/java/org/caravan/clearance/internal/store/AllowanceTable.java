package org.caravan.clearance.internal.store;

import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;
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

    AllowanceTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks and returns the recorded usage of the given recipients; those absent have used nothing yet. */
    public Map<String, Money> lock(CountryCode jurisdiction, String regimeId, String period, List<String> consumerIds) {
        Map<String, Money> used = new HashMap<>();
        for (int from = 0; from < consumerIds.size(); from += 500) {
            jdbc.sql("""
                    select consumer_id, used, currency from recipient_allowance
                    where jurisdiction = :j and regime_id = :r and period = :p and consumer_id in (:ids) for update""")
                    .param("j", jurisdiction.value()).param("r", regimeId).param("p", period)
                    .param("ids", consumerIds.subList(from, Math.min(consumerIds.size(), from + 500)))
                    .query((rs, n) -> Map.entry(rs.getString(1), Money.of(rs.getBigDecimal(2), Currency.getInstance(rs.getString(3).trim()))))
                    .list().forEach(e -> used.put(e.getKey(), e.getValue()));
        }
        return used;
    }

    public void save(CountryCode jurisdiction, String regimeId, String period, String consumerId, Money used, boolean existed) {
        if (existed) {
            jdbc.sql("update recipient_allowance set used = ? where jurisdiction = ? and regime_id = ? and period = ? and consumer_id = ?")
                    .params(used.amount(), jurisdiction.value(), regimeId, period, consumerId).update();
        } else {
            jdbc.sql("insert into recipient_allowance (jurisdiction, regime_id, consumer_id, period, used, currency) values (?, ?, ?, ?, ?, ?)")
                    .params(jurisdiction.value(), regimeId, consumerId, period, used.amount(), used.currency().getCurrencyCode())
                    .update();
        }
    }
}
