package org.caravan.common.audit.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.caravan.common.audit.AuditRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The chain in the store: entries appended in batches behind the one head row, read back
 * page by page in seq order. Nothing here updates or deletes an entry.
 */
@Repository
public class AuditChainTable {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AuditChainTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The head row: where the chain ends as of the last append, with how many entries it holds. */
    public record HeadRow(long seq, String hash, long entries, Instant updatedAt) {
    }

    /** A countersigned head kept as a witness. */
    public record WitnessRow(UUID id, long seq, String hash, Instant headAt, String witness, String keyId,
            String countersignature, String receivedBy, Instant receivedAt) {
    }

    /**
     * Locks the head row until the transaction ends, so appends from concurrent transactions
     * queue here and each links to the one committed before it.
     */
    public HeadRow lockHead() {
        return jdbc.sql("select seq, hash, entries, updated_at from audit_chain_head where id = 1 for update")
                .query(AuditChainTable::headRow).single();
    }

    public HeadRow head() {
        return jdbc.sql("select seq, hash, entries, updated_at from audit_chain_head where id = 1")
                .query(AuditChainTable::headRow).single();
    }

    /** Appends linked entries, in one batch. */
    public void insertAll(List<AuditRecord> records) {
        batch.batchUpdate("insert into audit_entry (seq, occurred_at, actor, action, subject_kind, subject_id, jurisdiction, "
                + "detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", records, 1000, (ps, r) -> {
                    ps.setLong(1, r.seq());
                    ps.setObject(2, OffsetDateTime.ofInstant(r.occurredAt(), ZoneOffset.UTC));
                    ps.setString(3, r.actor());
                    ps.setString(4, r.action());
                    ps.setString(5, r.subjectKind());
                    ps.setString(6, r.subjectId());
                    ps.setString(7, r.jurisdiction());
                    ps.setString(8, r.detail());
                    ps.setString(9, r.prevHash());
                    ps.setString(10, r.hash());
                });
    }

    public void moveHead(long seq, String hash, long entries, Instant at) {
        jdbc.sql("update audit_chain_head set seq = :seq, hash = :hash, entries = :entries, updated_at = :at where id = 1")
                .param("seq", seq).param("hash", hash).param("entries", entries)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    /** Up to {@code limit} entries from {@code fromSeq} on, in seq order: one page of a walk that holds one page at a time. */
    public List<AuditRecord> page(long fromSeq, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where seq >= :from order by seq limit :limit")
                .param("from", fromSeq).param("limit", limit).query(AuditChainTable::record).list();
    }

    public Optional<AuditRecord> find(long seq) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where seq = :seq").param("seq", seq)
                .query(AuditChainTable::record).optional();
    }

    /** The entries about one subject, oldest first, after {@code afterSeq}; only those of {@code jurisdiction} unless it is null. */
    public List<AuditRecord> about(String subjectId, String jurisdiction, long afterSeq, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where subject_id = :subject and seq > :after "
                + (jurisdiction == null ? "" : "and jurisdiction = :jurisdiction ") + "order by seq limit :limit")
                .param("subject", subjectId).param("after", afterSeq).param("limit", limit)
                .params(jurisdiction == null ? Map.of() : Map.of("jurisdiction", jurisdiction))
                .query(AuditChainTable::record).list();
    }

    public void addWitness(WitnessRow w) {
        jdbc.sql("""
                insert into audit_witness (id, seq, hash, head_at, witness, key_id, countersignature, received_by, received_at)
                values (:id, :seq, :hash, :headAt, :witness, :keyId, :countersignature, :receivedBy, :receivedAt)""")
                .param("id", w.id()).param("seq", w.seq()).param("hash", w.hash())
                .param("headAt", OffsetDateTime.ofInstant(w.headAt(), ZoneOffset.UTC)).param("witness", w.witness())
                .param("keyId", w.keyId()).param("countersignature", w.countersignature())
                .param("receivedBy", w.receivedBy())
                .param("receivedAt", OffsetDateTime.ofInstant(w.receivedAt(), ZoneOffset.UTC)).update();
    }

    /** Every witnessed head, in seq order; an installation keeps a few per day at most. */
    public List<WitnessRow> witnesses() {
        return jdbc.sql("select id, seq, hash, head_at, witness, key_id, countersignature, received_by, received_at "
                + "from audit_witness order by seq, received_at")
                .query((rs, n) -> new WitnessRow(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3).trim(),
                        instant(rs, 4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), instant(rs, 9)))
                .list();
    }

    private static final String COLUMNS = "seq, occurred_at, actor, action, subject_kind, subject_id, jurisdiction, detail, "
            + "prev_hash, hash";

    private static AuditRecord record(ResultSet rs, int n) throws SQLException {
        return new AuditRecord(rs.getLong(1), instant(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), trim(rs.getString(9)), trim(rs.getString(10)));
    }

    private static HeadRow headRow(ResultSet rs, int n) throws SQLException {
        return new HeadRow(rs.getLong(1), trim(rs.getString(2)), rs.getLong(3), instant(rs, 4));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static String trim(String hash) {
        return hash == null ? null : hash.trim();
    }
}
