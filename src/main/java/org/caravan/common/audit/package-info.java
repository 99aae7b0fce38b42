/**
 * The tamper-evident audit trail every module appends its state changes and officer and
 * administrator actions to (docs/audit.md): {@link org.caravan.common.audit.AuditTrail} to
 * append, {@link org.caravan.common.audit.AuditChain} to verify, read and witness it.
 */
@org.springframework.modulith.NamedInterface("audit")
package org.caravan.common.audit;
