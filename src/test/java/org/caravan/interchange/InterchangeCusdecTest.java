package org.caravan.interchange;

import org.springframework.test.context.ActiveProfiles;

/** CUSDEC order filing on the embedded default (H2). */
@ActiveProfiles("test")
class InterchangeCusdecTest extends InterchangeCusdec {
}
