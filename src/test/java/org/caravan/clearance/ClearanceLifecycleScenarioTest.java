package org.caravan.clearance;

import org.springframework.test.context.ActiveProfiles;

/** The lifecycle scenario on the embedded default (H2). */
@ActiveProfiles("test")
class ClearanceLifecycleScenarioTest extends ClearanceLifecycleScenario {
}
