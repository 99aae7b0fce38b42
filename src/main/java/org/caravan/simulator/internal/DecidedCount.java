package org.caravan.simulator.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * How many parcels of a manifest the store holds a decision for: what tells the bench a
 * manifest is decided when its parcels are decided in any order (on Kafka, by whichever
 * instance takes each one). Read straight from the store the bench runs beside, as the raw
 * insert baseline writes straight to it.
 */
public final class DecidedCount {

    private final DataSource dataSource;

    public DecidedCount(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public int of(String manifestId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from consignment c join clearance_case k"
                        + " on k.tracking_number = c.tracking_number where c.manifest_id = ?")) {
            s.setObject(1, UUID.fromString(manifestId));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the decisions of manifest " + manifestId, e);
        }
    }
}
