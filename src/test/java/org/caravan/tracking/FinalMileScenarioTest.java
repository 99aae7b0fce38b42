package org.caravan.tracking;

import org.springframework.test.context.ActiveProfiles;

/** The consumer's view and the final mile on the embedded store. */
@ActiveProfiles("test")
class FinalMileScenarioTest extends FinalMileScenario {
}
