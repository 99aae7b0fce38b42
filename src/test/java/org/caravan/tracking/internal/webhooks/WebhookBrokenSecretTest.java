package org.caravan.tracking.internal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** A secret sealed under another key (the key file was replaced) stops its own subscription only. */
@ActiveProfiles("test")
class WebhookBrokenSecretTest extends ApiTest {

    @Autowired
    Subscriptions subscriptions;
    @Autowired
    Deliveries deliveries;
    @Autowired
    ActiveSubscriptions active;
    @Autowired
    WebhookDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSubscriptionWhoseSecretDoesNotOpenHoldsUpNoOther() {
        UUID broken = subscribe();
        UUID sound = subscribe();
        jdbc.sql("update webhook_subscription set secret = ? where id = ?").params(foreignSeal(), broken).update();
        enqueue(broken);
        enqueue(sound);
        active.reload();
        dispatcher.wake(List.of(broken, sound));

        // the sound one is attempted (and refused for its internal address); the broken one waits, unclaimed
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(deliveries.log(sound, 0, 10)).singleElement()
                .satisfies(d -> assertThat(d.lastError()).contains("internal-address")));
        assertThat(deliveries.log(broken, 0, 10)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(Deliveries.Status.PENDING);
            assertThat(d.attempts()).isZero();
        });
        subscriptions.delete(broken);
        subscriptions.delete(sound);
        active.reload();
    }

    @Test
    void aPreviousSecretThatDoesNotOpenIsLeftOut() {
        UUID id = subscribe();
        subscriptions.rotate(id, WebhookSignature.newSecret(), Instant.now().plusSeconds(3600));
        jdbc.sql("update webhook_subscription set previous_secret = ? where id = ?").params(foreignSeal(), id).update();
        assertThat(subscriptions.target(id, Instant.now())).hasValueSatisfying(t -> assertThat(t.secrets()).hasSize(1));
        jdbc.sql("update webhook_subscription set previous_secret_until = ? where id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), id).update();
        subscriptions.delete(id);
    }

    private UUID subscribe() {
        return subscriptions.create(UUID.randomUUID(), Role.COURIER, "broken-" + UUID.randomUUID(), "https://10.0.0.9/hook",
                EnumSet.allOf(WebhookEventType.class), WebhookSignature.newSecret()).id();
    }

    private void enqueue(UUID subscription) {
        String tn = Filings.unique("BS");
        Instant at = Instant.now();
        WebhookEvent event = new WebhookEvent(WebhookEvent.idOf(WebhookEventType.CONSIGNMENT_DECIDED, tn, "KZ", "RELEASED",
                at), WebhookEventType.CONSIGNMENT_DECIDED, tn, at, "/caravan/customs/KZ", Map.of("trackingNumber", tn));
        deliveries.enqueue(List.of(new Deliveries.Outgoing(event, "{}", List.of(subscription))));
    }

    /** What a secret sealed under another key looks like: a nonce and a ciphertext this key's tag check refuses. */
    private static String foreignSeal() {
        byte[] bytes = new byte[12 + 48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
