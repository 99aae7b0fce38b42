package org.caravan.filing.internal.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** First responses to filings, per party and Idempotency-Key, so a retry gets the same answer. */
@Repository
public class IdempotencyTable {

    private final JdbcClient jdbc;

    IdempotencyTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Recorded(String requestHash, int status, String body) {
    }

    public Optional<Recorded> find(UUID partyId, String key) {
        return jdbc.sql("select request_hash, status, response_body from idempotency_record where party_id = ? and idem_key = ?")
                .params(partyId, key)
                .query((rs, n) -> new Recorded(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .optional();
    }

    public void insert(UUID partyId, String key, String requestHash, int status, String body) {
        jdbc.sql("insert into idempotency_record (party_id, idem_key, request_hash, status, response_body, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(partyId, key, requestHash, status, body, Timestamp.from(Instant.now()))
                .update();
    }
}
