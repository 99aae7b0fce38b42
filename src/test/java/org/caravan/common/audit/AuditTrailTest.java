package org.caravan.common.audit;

import org.springframework.test.context.ActiveProfiles;

/** The audit chain on the embedded default (H2). */
@ActiveProfiles("test")
class AuditTrailTest extends AuditTrailScenario {
}
