package org.caravan.interchange;

import org.springframework.test.context.ActiveProfiles;

/** WCO DM declarations on the embedded default (H2). */
@ActiveProfiles("test")
class InterchangeWcoTest extends InterchangeWco {
}
