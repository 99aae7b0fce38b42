package org.caravan.interchange;

import org.springframework.test.context.ActiveProfiles;

/** EDIFACT interchange on the embedded default (H2). */
@ActiveProfiles("test")
class InterchangeEdifactTest extends InterchangeEdifact {
}
