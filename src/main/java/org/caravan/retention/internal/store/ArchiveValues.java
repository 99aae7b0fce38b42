package org.caravan.retention.internal.store;

import java.math.BigDecimal;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A row's values as both stores give them, written the same way whatever the store: times
 * as ISO-8601 instants, amounts as plain decimals, ids and codes as text, so an archive reads
 * the same from H2 and PostgreSQL and a restore can insert it back into either.
 */
final class ArchiveValues {

    private ArchiveValues() {
    }

    static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> plain = new LinkedHashMap<>();
        row.forEach((column, value) -> plain.put(column.toLowerCase(java.util.Locale.ROOT), plain(value)));
        return plain;
    }

    private static Object plain(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant().toString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Clob c) {
            return text(c);
        }
        if (value instanceof byte[] b) {
            return Base64.getEncoder().encodeToString(b);
        }
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value.toString();
    }

    private static String text(Clob clob) {
        try {
            return clob.getSubString(1, (int) clob.length());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read a text column", e);
        }
    }
}
