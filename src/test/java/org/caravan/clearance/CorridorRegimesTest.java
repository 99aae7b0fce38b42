package org.caravan.clearance;

import org.springframework.test.context.ActiveProfiles;

/** The corridor's regimes through the API, on the embedded store. */
@ActiveProfiles("test")
class CorridorRegimesTest extends CorridorRegimes {
}
