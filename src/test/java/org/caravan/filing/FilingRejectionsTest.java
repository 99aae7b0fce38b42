package org.caravan.filing;

import org.springframework.test.context.ActiveProfiles;

/** Filing rejections on the embedded default (H2). */
@ActiveProfiles("test")
class FilingRejectionsTest extends FilingRejections {
}
