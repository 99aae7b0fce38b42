package org.caravan.filing.internal.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.caravan.common.store.ChunkedIn;
import org.caravan.filing.ConsignmentParties;
import org.caravan.filing.FiledConsignment;
import org.caravan.filing.MatchSignal;
import org.caravan.reference.CountryCode;
import org.caravan.reference.HsCode;
import org.caravan.reference.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** House consignments as filed; written in batches, one statement per manifest chunk. */
@Repository
public class ConsignmentTable {

    private static final String SELECT = """
            select c.id, c.manifest_id, c.tracking_number, c.courier_party_id, c.platform_code, c.platform_order_ref,
              c.order_id, c.consignee_name, c.consumer_id, c.consignee_city, c.consignee_country, c.gross_mass_kg,
              c.declared_value, c.currency, c.items, c.match_signals, o.seller_name, m.transport_mode,
              m.departure_country, c.filed_at, coalesce(c.consignee_postcode, o.buyer_postcode), c.consignee_phone_tail,
              c.consumer_person, o.quote_id
            from consignment c
            join manifest m on m.id = c.manifest_id
            left join platform_order o on o.id = c.order_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JdbcTemplate streaming;
    private final JsonMapper json;

    ConsignmentTable(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        // rows fetched a page at a time (PostgreSQL streams them only inside a transaction)
        this.streaming = new JdbcTemplate(batch.getDataSource());
        this.streaming.setFetchSize(1000);
    }

    /** What the receipt says of a consignment. */
    public record ReceiptLine(String trackingNumber, UUID consignmentId, List<MatchSignal> matchSignals) {
    }

    /** A manifest's consignments in filing order (ids are time-ordered), after {@code after}. */
    public List<ReceiptLine> receiptLines(UUID manifestId, Optional<UUID> after, int limit) {
        return jdbc.sql("select tracking_number, id, match_signals from consignment where manifest_id = :m"
                + (after.isPresent() ? " and id > :after" : "") + " order by id fetch first :limit rows only")
                .param("m", manifestId).param("after", after.orElse(null)).param("limit", limit)
                .query((rs, n) -> new ReceiptLine(rs.getString(1), rs.getObject(2, UUID.class), signals(rs.getString(3))))
                .list();
    }

    public Set<String> alreadyFiled(Collection<String> trackingNumbers) {
        return new HashSet<>(ChunkedIn.query(trackingNumbers, chunk -> jdbc
                .sql("select tracking_number from consignment where tracking_number in (:numbers)")
                .param("numbers", chunk).query(String.class).list()));
    }

    /** Who filed each of these consignments and for which platform: one indexed look-up per chunk. */
    public List<ConsignmentParties> partiesOf(Collection<String> trackingNumbers) {
        return ChunkedIn.query(trackingNumbers, chunk -> jdbc
                .sql("select tracking_number, courier_party_id, platform_code from consignment "
                        + "where tracking_number in (:numbers)")
                .param("numbers", chunk)
                .query((rs, n) -> new ConsignmentParties(rs.getString(1),
                        rs.getObject(2, UUID.class), Optional.ofNullable(rs.getString(3))))
                .list());
    }

    public void insertAll(List<FiledConsignment> rows) {
        batch.batchUpdate("""
                insert into consignment (id, manifest_id, tracking_number, courier_party_id, platform_code, platform_order_ref,
                  order_id, consignee_name, consumer_id, consignee_city, consignee_country, gross_mass_kg, declared_value,
                  currency, items, match_signals, filed_at, consignee_postcode, consignee_phone_tail, consumer_person)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, 1000, (ps, c) -> {
            ps.setObject(1, c.id());
            ps.setObject(2, c.manifestId());
            ps.setString(3, c.trackingNumber());
            ps.setObject(4, c.courierPartyId());
            ps.setString(5, c.platformCode().orElse(null));
            ps.setString(6, c.platformOrderRef().orElse(null));
            ps.setObject(7, c.orderId().orElse(null));
            ps.setString(8, c.consignee().name());
            ps.setString(9, c.consignee().consumerId().orElse(null));
            ps.setString(10, c.consignee().city().orElse(null));
            ps.setString(11, c.consignee().country().value());
            ps.setBigDecimal(12, c.grossMassKg());
            ps.setBigDecimal(13, c.declaredValue().amount());
            ps.setString(14, c.declaredValue().currency().getCurrencyCode());
            ps.setString(15, items(c.items()));
            ps.setString(16, c.matchSignals().stream().map(MatchSignal::encode).collect(Collectors.joining(";")));
            ps.setTimestamp(17, Timestamp.from(c.filedAt()));
            ps.setString(18, c.consignee().postcode().orElse(null));
            ps.setString(19, c.consignee().phoneTail().orElse(null));
            ps.setString(20, c.consignee().person().orElse(null));
        });
    }

    public List<FiledConsignment> ofManifest(UUID manifestId) {
        return jdbc.sql(SELECT + " where c.manifest_id = ? order by c.id").param(manifestId).query(this::map).list();
    }

    /** Every filed consignment in filing order (ids are time-ordered), one row at a time. */
    public void forEach(Consumer<FiledConsignment> each) {
        stream(SELECT + " order by c.id", each);
    }

    /** The same, for the consignments filed at or after {@code since}. */
    public void forEachSince(Instant since, Consumer<FiledConsignment> each) {
        stream(SELECT + " where c.filed_at >= ? order by c.id", each, Timestamp.from(since));
    }

    private void stream(String sql, Consumer<FiledConsignment> each, Object... arguments) {
        int[] row = new int[1];
        streaming.query(sql, rs -> {
            each.accept(map(rs, row[0]++));
        }, arguments);
    }

    /** The consignments named, in one query per chunk of ids; ids not filed are left out. */
    public List<FiledConsignment> byIds(Collection<UUID> ids) {
        return ChunkedIn.query(ids, chunk -> jdbc.sql(SELECT + " where c.id in (:ids)").param("ids", chunk)
                .query(this::map).list());
    }

    /** Every consignment of a manifest, a page at a time, in filing order. */
    public void forEachOfManifest(UUID manifestId, Consumer<FiledConsignment> each) {
        stream(SELECT + " where c.manifest_id = ? order by c.id", each, manifestId);
    }

    public Optional<FiledConsignment> byTrackingNumber(String trackingNumber) {
        return jdbc.sql(SELECT + " where c.tracking_number = ?").param(trackingNumber).query(this::map).optional();
    }

    private String items(List<FiledConsignment.Item> items) {
        return json.writeValueAsString(items.stream().map(i -> {
            Map<String, Object> m = new HashMap<>();
            m.put("description", i.description());
            m.put("hsCode", i.hsCode().value());
            m.put("quantity", i.quantity());
            m.put("value", i.value().amount().toPlainString());
            m.put("originCountry", i.originCountry().value());
            i.permitRef().ifPresent(ref -> m.put("permitRef", ref));
            return m;
        }).toList());
    }

    private static List<MatchSignal> signals(String encoded) {
        return encoded == null || encoded.isEmpty() ? List.of()
                : Arrays.stream(encoded.split(";")).map(MatchSignal::decode).toList();
    }

    private FiledConsignment map(ResultSet rs, int row) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString(14).trim());
        List<FiledConsignment.Item> items = new ArrayList<>();
        for (JsonNode i : json.readTree(rs.getString(15))) {
            items.add(new FiledConsignment.Item(i.get("description").asString(), new HsCode(i.get("hsCode").asString()),
                    i.get("quantity").asInt(), Money.of(new BigDecimal(i.get("value").asString()), currency),
                    CountryCode.of(i.get("originCountry").asString()),
                    i.has("permitRef") ? Optional.of(i.get("permitRef").asString()) : Optional.empty()));
        }
        List<MatchSignal> matchSignals = signals(rs.getString(16));
        return new FiledConsignment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getObject(4, UUID.class), Optional.ofNullable(rs.getString(5)), Optional.ofNullable(rs.getString(6)),
                Optional.ofNullable(rs.getObject(7, UUID.class)),
                new FiledConsignment.Consignee(rs.getString(8), Optional.ofNullable(rs.getString(9)),
                        Optional.ofNullable(rs.getString(10)), CountryCode.of(rs.getString(11).trim()),
                        Optional.ofNullable(rs.getString(21)), Optional.ofNullable(rs.getString(22)),
                        Optional.ofNullable(rs.getString(23))),
                rs.getBigDecimal(12), Money.of(rs.getBigDecimal(13), currency), List.copyOf(items), matchSignals,
                Optional.ofNullable(rs.getString(17)), rs.getString(18), CountryCode.of(rs.getString(19).trim()),
                rs.getTimestamp(20).toInstant(), Optional.ofNullable(rs.getObject(24, UUID.class)));
    }
}
