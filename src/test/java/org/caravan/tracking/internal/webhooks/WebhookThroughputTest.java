package org.caravan.tracking.internal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.caravan.party.Role;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.caravan.tracking.internal.webhooks.store.Deliveries;
import org.caravan.tracking.internal.webhooks.store.Subscriptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** A subscription with much to send sends its next deliveries as soon as a slot comes free, not a tick later. */
@ActiveProfiles("test")
@TestPropertySource(properties = {"caravan.webhooks.poll-interval=PT5S", "caravan.webhooks.idle-poll-interval=PT5S",
        "caravan.webhooks.first-retry=PT1H", "caravan.webhooks.max-retry=PT1H"})
class WebhookThroughputTest extends ApiTest {

    @Autowired
    Subscriptions subscriptions;
    @Autowired
    Deliveries deliveries;
    @Autowired
    ActiveSubscriptions active;
    @Autowired
    WebhookDispatcher dispatcher;

    @Test
    void aFinishedRequestMakesRoomForTheNextAtOnce() {
        // every attempt fails at once (internal address), which frees its slot at once
        UUID id = subscriptions.create(UUID.randomUUID(), Role.COURIER, "busy-" + UUID.randomUUID(),
                "https://10.0.0.11/hook", EnumSet.allOf(WebhookEventType.class), WebhookSignature.newSecret()).id();
        List<Deliveries.Outgoing> outgoing = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String tn = Filings.unique("TP");
            Instant at = Instant.now();
            WebhookEvent event = new WebhookEvent(WebhookEvent.idOf(WebhookEventType.CONSIGNMENT_DECIDED, tn, "KZ",
                    "RELEASED", at), WebhookEventType.CONSIGNMENT_DECIDED, tn, at, "/caravan/customs/KZ",
                    Map.of("trackingNumber", tn));
            outgoing.add(new Deliveries.Outgoing(event, "{}", List.of(id)));
        }
        deliveries.enqueue(outgoing);
        active.reload();
        dispatcher.wake(List.of(id));

        await().atMost(Duration.ofSeconds(12)).until(() -> deliveries.log(id, 0, 100).stream().anyMatch(d -> d.attempts() > 0));
        // with in-flight-per-subscription 4 and a tick every 5 s, ten ticks would take 45 s more;
        // 20 s leaves room for a loaded machine and still tells the two apart
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(deliveries.log(id, 0, 100))
                .hasSize(40).allSatisfy(d -> assertThat(d.attempts()).isEqualTo(1)));
        subscriptions.delete(id);
        active.reload();
    }
}
