package org.caravan.common.audit;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A running SHA-256 over a batch's lines (each line its fields, length-prefixed as in
 * {@link AuditHash}), so one audit entry stands for a manifest of any size: an auditor who
 * reads the same lines back from the store, in the same order, gets the same digest only if
 * nothing was changed, added or left out. Also counts the lines and keeps the first and last key.
 */
public final class AuditDigest {

    private final MessageDigest sha = AuditHash.sha256();
    private int lines;
    private String first;
    private String last;

    /** Adds one line; its first field is its key (a tracking number, say). */
    public AuditDigest add(String... fields) {
        AuditHash.update(sha, Integer.toString(fields.length));
        for (String field : fields) {
            AuditHash.update(sha, field);
        }
        if (lines++ == 0) {
            first = fields.length == 0 ? null : fields[0];
        }
        last = fields.length == 0 ? null : fields[0];
        return this;
    }

    public int lines() {
        return lines;
    }

    /** The digest so far in hex; the digest cannot take lines after this. */
    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    /** {@code lines}, {@code first}, {@code last} and {@code digest}, for an entry's detail. */
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("lines", lines);
        summary.put("first", first);
        summary.put("last", last);
        summary.put("digest", hex());
        return summary;
    }
}
