package org.caravan.clearance;

import org.springframework.test.context.ActiveProfiles;

/** E-payments, refunds and statements on the embedded default (H2). */
@ActiveProfiles("test")
class PaymentsTest extends Payments {
}
