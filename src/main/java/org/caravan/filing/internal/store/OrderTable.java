package org.caravan.filing.internal.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.caravan.common.store.ChunkedIn;
import org.caravan.filing.internal.Order;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class OrderTable {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OrderTable(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public boolean exists(String platformCode, String ref) {
        return jdbc.sql("select count(*) from platform_order where platform_code = ? and platform_order_ref = ?")
                .params(platformCode, ref).query(Integer.class).single() > 0;
    }

    public void insert(UUID id, UUID platformPartyId, String platformCode, Order order, Instant filedAt) {
        List<Map<String, Object>> items = order.lines().stream().map(l -> {
            Map<String, Object> m = new HashMap<>();
            m.put("sku", l.sku());
            m.put("description", l.description());
            m.put("hsCode", l.hsCode().value());
            m.put("quantity", l.quantity());
            m.put("unitPrice", l.unitPrice().amount().toPlainString());
            m.put("originCountry", l.originCountry().value());
            l.netMassKg().ifPresent(n -> m.put("netMassKg", n.toPlainString()));
            return m;
        }).toList();
        String payment = order.payment().map(p -> json.writeValueAsString(Map.of("provider", p.provider(),
                "transactionRef", p.transactionRef(), "amount", p.amount().amount().toPlainString(),
                "paidAt", p.paidAt().toString()))).orElse(null);
        jdbc.sql("""
                insert into platform_order (id, platform_party_id, platform_code, platform_order_ref, ordered_at, destination,
                  currency, goods_value, shipping_cost, consignee_name, consumer_id, seller_name, seller_country, items,
                  payment, filed_at, buyer_postcode, quote_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, platformPartyId, platformCode, order.platformOrderRef(), Timestamp.from(order.orderedAt()),
                        order.destination().value(), order.goodsValue().currency().getCurrencyCode(),
                        order.goodsValue().amount(), order.shippingCost().map(Money::amount).orElse(null),
                        order.buyer().name(), order.buyer().consumerId().orElse(null), order.seller().name(),
                        order.seller().country().value(), json.writeValueAsString(items), payment, Timestamp.from(filedAt),
                        order.buyer().postcode().orElse(null), order.quoteId().orElse(null))
                .update();
    }

    /**
     * The orders for the given references per platform code, keyed by {@link #key}. Looked up
     * by reference, which leads the index (see migration V7), then kept only for the platform
     * that asked: two platforms may use the same reference.
     */
    public Map<String, StoredOrder> find(Map<String, ? extends Collection<String>> refsByPlatform) {
        Set<String> wanted = new HashSet<>();
        refsByPlatform.forEach((platform, refs) -> refs.forEach(ref -> wanted.add(key(platform, ref))));
        Set<String> refs = new HashSet<>();
        refsByPlatform.values().forEach(refs::addAll);
        Map<String, StoredOrder> found = new HashMap<>();
        ChunkedIn.query(refs, chunk -> jdbc.sql("""
                select id, platform_code, platform_order_ref, destination, currency, goods_value, consignee_name,
                  consumer_id, seller_name, items, payment
                from platform_order where platform_order_ref in (:refs)""")
                .param("refs", chunk).query(this::storedOrder).list())
                .forEach(o -> {
                    String key = key(o.platformCode(), o.platformOrderRef());
                    if (wanted.contains(key)) {
                        found.put(key, o);
                    }
                });
        return found;
    }

    private StoredOrder storedOrder(ResultSet rs, int row) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString(5).trim());
        List<StoredOrder.ItemKey> items = new ArrayList<>();
        for (JsonNode item : json.readTree(rs.getString(10))) {
            items.add(new StoredOrder.ItemKey(item.get("hsCode").asString().substring(0, 6), item.get("quantity").asInt()));
        }
        String payment = rs.getString(11);
        Optional<Money> paid = payment == null ? Optional.empty()
                : Optional.of(Money.of(new BigDecimal(json.readTree(payment).get("amount").asString()), currency));
        return new StoredOrder(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                CountryCode.of(rs.getString(4).trim()), Money.of(rs.getBigDecimal(6), currency), rs.getString(7),
                Optional.ofNullable(rs.getString(8)), rs.getString(9), items, paid);
    }

    public static String key(String platformCode, String ref) {
        return platformCode + "\u0000" + ref;
    }
}
