package org.caravan.common.audit;

import java.util.Map;
import java.util.Objects;

/**
 * One action to keep in the audit trail: who did what to which subject, in which
 * jurisdiction (null when none), with a few compact facts as its detail. The time and the
 * chain position are added when it is recorded.
 */
public record AuditEntry(String actor, String action, String subjectKind, String subjectId, String jurisdiction,
        Map<String, ?> detail) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(subjectId, "subjectId");
        detail = detail == null ? Map.of() : detail;
    }
}
