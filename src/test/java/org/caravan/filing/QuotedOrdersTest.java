package org.caravan.filing;

import org.springframework.test.context.ActiveProfiles;

/** Quote, order and assessment agree, on the embedded default (H2). */
@ActiveProfiles("test")
class QuotedOrdersTest extends QuotedOrders {
}
