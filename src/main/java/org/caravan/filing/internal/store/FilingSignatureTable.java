package org.caravan.filing.internal.store;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.caravan.party.VerifiedSignature;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The verified signature of an order or a manifest, stored in the filing's transaction. */
@Repository
public class FilingSignatureTable {

    public static final String ORDER = "ORDER";
    public static final String MANIFEST = "MANIFEST";

    private final JdbcClient jdbc;

    FilingSignatureTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID filingId, String kind, UUID partyId, VerifiedSignature signature) {
        jdbc.sql("insert into filing_signature (filing_id, filing_kind, party_id, kid, alg, jws, verified_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(filingId, kind, partyId, signature.kid(), signature.alg(), signature.jws(),
                        Timestamp.from(signature.verifiedAt()))
                .update();
    }

    public Optional<VerifiedSignature> find(UUID filingId) {
        return jdbc.sql("select jws, kid, alg, verified_at from filing_signature where filing_id = ?").param(filingId)
                .query((rs, n) -> new VerifiedSignature(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }
}
