package org.caravan.interchange.internal.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.caravan.common.store.ChunkedIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which consignments came in as WCO declarations, and under which functional reference. */
@Repository
public class WcoDeclarations {

    public record Declaration(String trackingNumber, UUID partyId, String functionalReference) {
    }

    private final JdbcClient jdbc;

    WcoDeclarations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Declaration d) {
        jdbc.sql("insert into interchange_wco_declaration (tracking_number, party_id, functional_reference, received_at) "
                + "values (?, ?, ?, ?) on conflict do nothing")
                .params(d.trackingNumber(), d.partyId(), d.functionalReference(), Timestamp.from(Instant.now())).update();
    }

    public Map<String, Declaration> of(Collection<String> trackingNumbers) {
        Map<String, Declaration> found = new HashMap<>();
        ChunkedIn.query(trackingNumbers, chunk -> jdbc.sql("select tracking_number, party_id, functional_reference "
                + "from interchange_wco_declaration where tracking_number in (:numbers)").param("numbers", chunk)
                .query((rs, n) -> new Declaration(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3)))
                .list()).forEach(d -> found.put(d.trackingNumber(), d));
        return found;
    }
}
