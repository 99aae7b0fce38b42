package org.caravan.risk.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.common.Ids;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;
import org.caravan.risk.InspectionLabel;
import org.caravan.risk.InspectionLabels;
import org.caravan.risk.Selection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Labels in the {@code inspection_label} table, one row per control concluded. */
@Repository
class InspectionLabelTable implements InspectionLabels {

    private final JdbcClient jdbc;

    InspectionLabelTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(InspectionLabel label) {
        jdbc.sql("""
                insert into inspection_label (id, consignment_id, jurisdiction, tracking_number, selected_as, irregular,
                  duties_found, duties_currency, concluded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Ids.next(), label.consignmentId(), label.jurisdiction().value(), label.trackingNumber(),
                        label.selectedAs().name(), label.irregular(), label.dutiesFound().map(Money::amount).orElse(null),
                        label.dutiesFound().map(m -> m.currency().getCurrencyCode()).orElse(null),
                        Timestamp.from(label.concludedAt()))
                .update();
    }

    @Override
    public List<InspectionLabel> concluded(CountryCode jurisdiction, Instant from, Instant to) {
        return jdbc.sql("""
                select consignment_id, jurisdiction, tracking_number, selected_as, irregular, duties_found, duties_currency,
                  concluded_at from inspection_label where jurisdiction = ? and concluded_at >= ? and concluded_at < ?
                order by concluded_at, id""")
                .params(jurisdiction.value(), Timestamp.from(from), Timestamp.from(to)).query(InspectionLabelTable::map)
                .list();
    }

    private static InspectionLabel map(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString(7);
        Optional<Money> duties = currency == null ? Optional.empty()
                : Optional.of(Money.of(rs.getBigDecimal(6).toPlainString(), currency));
        return new InspectionLabel(rs.getObject(1, UUID.class), CountryCode.of(rs.getString(2).trim()), rs.getString(3),
                Selection.valueOf(rs.getString(4)), rs.getBoolean(5), duties, rs.getTimestamp(8).toInstant());
    }
}
