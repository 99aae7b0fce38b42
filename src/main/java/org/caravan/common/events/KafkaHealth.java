package org.caravan.common.events;

import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Whether the Kafka cluster answers, in the instance's health (the {@code kafka} component).
 * Not part of readiness: while Kafka is away a filing is still stored and acknowledged, and
 * its records wait in the outbox until Kafka is back, so the instance keeps taking traffic.
 */
@Component("kafka")
@OnKafka
class KafkaHealth extends AbstractHealthIndicator {

    private static final int TIMEOUT_MILLIS = 2_000;

    private final KafkaAdmin admin;

    KafkaHealth(KafkaAdmin admin) {
        super("Kafka is not reachable");
        this.admin = admin;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) throws Exception {
        try (Admin client = Admin.create(admin.getConfigurationProperties())) {
            var cluster = client.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MILLIS));
            health.up().withDetail("clusterId", cluster.clusterId().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS))
                    .withDetail("brokers", cluster.nodes().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).size());
        }
    }
}
