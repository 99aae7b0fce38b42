package org.caravan.party;

import org.springframework.test.context.ActiveProfiles;

/** Consumer ids on the embedded default (H2). */
@ActiveProfiles("test")
class ConsumerIdsTest extends ConsumerIdScenarios {
}
