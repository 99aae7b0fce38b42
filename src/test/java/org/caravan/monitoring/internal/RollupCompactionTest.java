package org.caravan.monitoring.internal;

import org.springframework.test.context.ActiveProfiles;

/** Compaction and the key table on the embedded default (H2). */
@ActiveProfiles("test")
class RollupCompactionTest extends RollupCompactionScenario {
}
