package org.caravan.filing.internal.quotes.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.caravan.reference.Channel;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The quotes given, one row each, read back by id. */
@Repository
public class QuoteTable {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    QuoteTable(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(StoredQuote q) {
        List<Map<String, Object>> items = q.items().stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("hsCode", i.hsCode());
            m.put("quantity", i.quantity());
            m.put("value", i.value().amount().toPlainString());
            m.put("currency", i.value().currency().getCurrencyCode());
            return m;
        }).toList();
        jdbc.sql("""
                insert into landed_cost_quote (id, party_id, client_id, destination, channel, assessment_date, consumer_id,
                  currency, customs_value, gross_mass_kg, items, regime_id, total_due, total_currency, lines, answer,
                  created_at, valid_until)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(q.id(), q.partyId(), q.clientId(), q.destination().value(), q.channel().name(), q.assessmentDate(),
                        q.consumerId().orElse(null), q.customsValue().currency().getCurrencyCode(),
                        q.customsValue().amount(), q.grossMassKg(), json.writeValueAsString(items), q.regimeId(),
                        q.totalDue().map(Money::amount).orElse(null),
                        q.totalDue().map(m -> m.currency().getCurrencyCode()).orElse(null), q.linesJson(), q.answer(),
                        Timestamp.from(q.createdAt()), Timestamp.from(q.validUntil()))
                .update();
    }

    public Optional<StoredQuote> find(UUID id) {
        return jdbc.sql("""
                select id, party_id, client_id, destination, channel, assessment_date, consumer_id, currency, customs_value,
                  gross_mass_kg, items, regime_id, total_due, total_currency, lines, answer, created_at, valid_until
                from landed_cost_quote where id = ?""")
                .params(id).query(this::stored).optional();
    }

    private StoredQuote stored(ResultSet rs, int row) throws SQLException {
        List<StoredQuote.QuotedItem> items = new ArrayList<>();
        for (JsonNode item : json.readTree(rs.getString(11))) {
            items.add(new StoredQuote.QuotedItem(item.get("hsCode").asString(), item.get("quantity").asInt(),
                    Money.of(new BigDecimal(item.get("value").asString()),
                            Currency.getInstance(item.get("currency").asString()))));
        }
        BigDecimal due = rs.getBigDecimal(13);
        Optional<Money> totalDue = due == null ? Optional.empty()
                : Optional.of(Money.of(due, Currency.getInstance(rs.getString(14).trim())));
        return new StoredQuote(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                CountryCode.of(rs.getString(4).trim()), Channel.valueOf(rs.getString(5)), rs.getObject(6, java.time.LocalDate.class),
                Optional.ofNullable(rs.getString(7)),
                Money.of(rs.getBigDecimal(9), Currency.getInstance(rs.getString(8).trim())), rs.getBigDecimal(10), items,
                rs.getString(12), totalDue, rs.getString(15), rs.getString(16), rs.getTimestamp(17).toInstant(),
                rs.getTimestamp(18).toInstant());
    }
}
