package org.caravan.filing.internal.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.caravan.filing.internal.Manifest;
import org.caravan.reference.CountryCode;
import org.caravan.reference.UnLocode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ManifestTable {

    private final JdbcClient jdbc;

    ManifestTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(UUID courierPartyId, String manifestRef) {
        return jdbc.sql("select count(*) from manifest where courier_party_id = ? and manifest_ref = ?")
                .params(courierPartyId, manifestRef).query(Integer.class).single() > 0;
    }

    public Optional<UUID> courierOf(UUID manifestId) {
        return jdbc.sql("select courier_party_id from manifest where id = ?").param(manifestId).query(UUID.class).optional();
    }

    public void insert(UUID id, UUID courierPartyId, Manifest manifest, int consignments, Instant filedAt) {
        jdbc.sql("""
                insert into manifest (id, courier_party_id, manifest_ref, transport_mode, conveyance_ref, departure_country,
                  departure_location, arrival_country, arrival_location, expected_at, route, consignment_count, filed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, courierPartyId, manifest.manifestRef(), manifest.transportMode().name(),
                        manifest.conveyanceRef().orElse(null), manifest.departureCountry().value(),
                        manifest.departureLocation().map(UnLocode::value).orElse(null), manifest.arrivalCountry().value(),
                        manifest.arrivalLocation().map(UnLocode::value).orElse(null),
                        manifest.expectedAt().map(Timestamp::from).orElse(null),
                        manifest.route().stream().map(CountryCode::value).collect(Collectors.joining(",")),
                        consignments, Timestamp.from(filedAt))
                .update();
    }
}
