package org.caravan.tracking.internal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.caravan.tracking.internal.webhooks.store.Deliveries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The queue's rules on the store itself: a consignment's events go out by the time they
 * happened whatever order they were queued in, one at a time; a redelivered event adds
 * nothing; a delivery whose sender died is taken up again when its lease runs out, and the
 * late sender's finish then changes nothing.
 */
abstract class DeliveryQueue extends ApiTest {

    @Autowired
    Deliveries deliveries;

    private final UUID subscription = UUID.randomUUID();

    @Test
    void aConsignmentsEventsLeaveInTheOrderTheyHappenedOneAtATime() {
        String tn = Filings.unique("DQ");
        String other = Filings.unique("DQ");
        Instant t = Instant.parse("2026-11-26T07:00:00Z");
        WebhookEvent decided = event(WebhookEventType.CONSIGNMENT_DECIDED, tn, t);
        WebhookEvent arrived = event(WebhookEventType.CONSIGNMENT_STATUS_CHANGED, tn, t.plusSeconds(10));
        WebhookEvent otherDecided = event(WebhookEventType.CONSIGNMENT_DECIDED, other, t.plusSeconds(5));
        // the later event is queued first, as when the decision's listener had to be retried
        enqueue(arrived);
        enqueue(decided);
        enqueue(otherDecided);

        Instant now = Instant.now();
        List<Deliveries.Claimed> first = deliveries.claim(subscription, 10, now, now.plusSeconds(30));
        assertThat(first).map(Deliveries.Claimed::eventId).containsExactlyInAnyOrder(decided.id(), otherDecided.id());
        assertThat(deliveries.claim(subscription, 10, now, now.plusSeconds(30))).as("one at a time per consignment").isEmpty();

        enqueue(decided); // redelivered by the registry
        Deliveries.Claimed sent = first.stream().filter(c -> c.eventId().equals(decided.id())).findFirst().orElseThrow();
        deliveries.delivered(sent, 204, now);
        List<Deliveries.Claimed> next = deliveries.claim(subscription, 10, now, now.plusSeconds(30));
        assertThat(next).map(Deliveries.Claimed::eventId).containsExactly(arrived.id());
        assertThat(deliveries.log(subscription, 0, 10)).hasSize(3);

        // their sender died: nobody takes them until their leases end, then they are claimed again
        assertThat(deliveries.claim(subscription, 10, now.plusSeconds(29), now.plusSeconds(60))).isEmpty();
        List<Deliveries.Claimed> again = deliveries.claim(subscription, 10, now.plusSeconds(31), now.plusSeconds(60));
        assertThat(again).map(Deliveries.Claimed::eventId).containsExactlyInAnyOrder(arrived.id(), otherDecided.id());
        // the first sender comes back late: its finish no longer applies, the row is the second claim's
        deliveries.delivered(next.get(0), 204, now);
        assertThat(deliveries.log(subscription, 0, 10)).filteredOn(d -> d.eventId().equals(arrived.id()))
                .singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(Deliveries.Status.SENDING));
        Deliveries.Claimed taken = again.stream().filter(c -> c.eventId().equals(arrived.id())).findFirst().orElseThrow();
        deliveries.failed(taken, 500, "HTTP 500", now, Optional.empty());
        assertThat(deliveries.log(subscription, 0, 10)).filteredOn(d -> d.eventId().equals(arrived.id()))
                .singleElement().satisfies(d -> {
                    assertThat(d.status()).isEqualTo(Deliveries.Status.DEAD_LETTERED);
                    assertThat(d.lastResponseCode()).contains(500);
                });
    }

    @Test
    void finishedDeliveriesAreForgottenAfterTheRetentionAndQueuedOnesKept() {
        Instant longAgo = Instant.parse("2020-01-01T00:00:00Z");
        WebhookEvent delivered = event(WebhookEventType.CONSIGNMENT_DECIDED, Filings.unique("DQ"), longAgo);
        WebhookEvent waiting = event(WebhookEventType.CONSIGNMENT_DECIDED, Filings.unique("DQ"), longAgo);
        enqueue(delivered);
        enqueue(waiting);
        Instant now = Instant.now();
        deliveries.claim(subscription, 10, now, now.plusSeconds(30)).stream()
                .filter(c -> c.eventId().equals(delivered.id())).forEach(c -> deliveries.delivered(c, 200, now));

        deliveries.purge(Instant.parse("2021-01-01T00:00:00Z"));
        assertThat(deliveries.log(subscription, 0, 10)).map(Deliveries.Logged::eventId).containsExactly(waiting.id());
        assertThat(deliveries.claim(subscription, 10, now.plusSeconds(31), now.plusSeconds(60)))
                .as("the queued one still has its event to send").singleElement()
                .satisfies(c -> assertThat(c.body()).isEqualTo("{}"));
    }

    private void enqueue(WebhookEvent event) {
        deliveries.enqueue(List.of(new Deliveries.Outgoing(event, "{}", List.of(subscription))));
    }

    private static WebhookEvent event(WebhookEventType type, String tn, Instant at) {
        return new WebhookEvent(WebhookEvent.idOf(type, tn, "KZ", "RELEASED", at), type, tn, at, "/caravan/customs/KZ",
                Map.of("trackingNumber", tn));
    }
}
