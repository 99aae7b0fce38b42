package org.caravan.common.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of an entry: SHA-256 over a canonical encoding in which every field is its
 * length (4 bytes, big-endian; -1 for a missing field) followed by its UTF-8 bytes, so no two
 * different entries encode alike however their texts are split. The time is its count of
 * microseconds since the epoch, the precision both stores keep.
 */
public final class AuditHash {

    /** The hash the first entry links to. */
    public static final String GENESIS = "0".repeat(64);

    static final String FORMAT = "caravan-audit/1";

    private AuditHash() {
    }

    public static String of(long seq, String prevHash, Instant occurredAt, String actor, String action, String subjectKind,
            String subjectId, String jurisdiction, String detail) {
        MessageDigest sha = sha256();
        update(sha, FORMAT);
        update(sha, Long.toString(seq));
        update(sha, prevHash);
        update(sha, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt)));
        update(sha, actor);
        update(sha, action);
        update(sha, subjectKind);
        update(sha, subjectId);
        update(sha, jurisdiction);
        update(sha, detail);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Adds one length-prefixed field to {@code sha}. */
    static void update(MessageDigest sha, String field) {
        if (field == null) {
            sha.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
