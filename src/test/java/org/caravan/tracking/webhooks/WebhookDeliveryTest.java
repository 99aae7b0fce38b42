package org.caravan.tracking.webhooks;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class WebhookDeliveryTest extends WebhookDelivery {

    @LocalServerPort
    int localPort;

    @Override
    int port() {
        return localPort;
    }
}
