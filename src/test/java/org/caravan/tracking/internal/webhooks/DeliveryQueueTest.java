package org.caravan.tracking.internal.webhooks;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class DeliveryQueueTest extends DeliveryQueue {
}
