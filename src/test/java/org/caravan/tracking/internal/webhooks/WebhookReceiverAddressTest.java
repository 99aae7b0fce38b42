package org.caravan.tracking.internal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
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

/** A receiver's host is checked by what it resolves to, and again before every delivery. */
@ActiveProfiles("test")
class WebhookReceiverAddressTest extends ApiTest {

    @Autowired
    Subscriptions subscriptions;
    @Autowired
    Deliveries deliveries;
    @Autowired
    ActiveSubscriptions active;
    @Autowired
    WebhookDispatcher dispatcher;

    @Test
    void internalRangesAreRecognisedInEveryForm() throws Exception {
        for (String internal : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.169.254",
                "0.0.0.0", "100.64.0.1", "100.127.255.254", "224.0.0.1", "::1", "::", "fe80::1", "fd00::1", "fc00::1",
                "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::ffff:100.64.0.1")) {
            assertThat(ReceiverAddresses.internal(InetAddress.getByName(internal))).as(internal).isTrue();
        }
        for (String external : List.of("8.8.8.8", "100.63.255.255", "100.128.0.1", "2001:4860:4860::8888",
                "::ffff:8.8.8.8")) {
            assertThat(ReceiverAddresses.internal(InetAddress.getByName(external))).as(external).isFalse();
        }
        assertThat(ReceiverAddresses.refused("[::1]", true)).as("loopback, when allowed").isFalse();
        assertThat(ReceiverAddresses.refused("127.0.0.1", false)).isTrue();
        assertThat(ReceiverAddresses.refused("10.0.0.1", true)).as("only loopback is ever allowed").isTrue();
    }

    @Test
    void aDeliveryToAnInternalAddressFailsAndIsNeverSent() {
        // stored as it would be had its name resolved elsewhere when it was subscribed
        UUID id = subscriptions.create(UUID.randomUUID(), Role.COURIER, "internal-" + UUID.randomUUID(),
                "https://10.0.0.7/hook", EnumSet.allOf(WebhookEventType.class), WebhookSignature.newSecret()).id();
        String tn = Filings.unique("IA");
        Instant at = Instant.now();
        WebhookEvent event = new WebhookEvent(WebhookEvent.idOf(WebhookEventType.CONSIGNMENT_DECIDED, tn, "KZ", "RELEASED",
                at), WebhookEventType.CONSIGNMENT_DECIDED, tn, at, "/caravan/customs/KZ", Map.of("trackingNumber", tn));
        deliveries.enqueue(List.of(new Deliveries.Outgoing(event, "{}", List.of(id))));
        active.reload();
        dispatcher.wake(List.of(id));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(deliveries.log(id, 0, 10)).singleElement()
                .satisfies(d -> {
                    assertThat(d.attempts()).isPositive();
                    assertThat(d.lastError()).contains("internal-address");
                    assertThat(d.lastResponseCode()).isEmpty();
                }));
        subscriptions.delete(id);
        active.reload();
    }
}
