package org.caravan.common.events;

import java.time.Duration;

import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The installation's topics, created when missing. Records reach Kafka from the event
 * publication registry (the transactional outbox) after their transaction commits; an
 * instance that stops before sending leaves its publications incomplete, and any surviving
 * instance sends them again once they are older than {@code caravan.kafka.resubmit-after}.
 * A record sent twice is harmless: every consumer is idempotent.
 */
@Configuration(proxyBeanMethods = false)
@OnKafka
class KafkaSetup {

    private static final Logger log = LoggerFactory.getLogger(KafkaSetup.class);

    @Bean
    EventTopics eventTopics(@Value("${caravan.kafka.prefix:caravan}") String prefix,
            @Value("${caravan.kafka.partitions:12}") int partitions, @Value("${caravan.kafka.replicas:1}") short replicas,
            @Value("${caravan.kafka.assessment-concurrency:2}") int assessmentConcurrency) {
        return new EventTopics(prefix, partitions, replicas, assessmentConcurrency);
    }

    @Bean
    NewTopic filingsTopic(EventTopics topics) {
        return TopicBuilder.name(topics.filings()).partitions(topics.partitions()).replicas(topics.replicas()).build();
    }

    @Bean
    NewTopic decisionsTopic(EventTopics topics) {
        return TopicBuilder.name(topics.decisions()).partitions(topics.partitions()).replicas(topics.replicas()).build();
    }

    @Bean
    NewTopic trackingTopic(EventTopics topics) {
        return TopicBuilder.name(topics.tracking()).partitions(topics.partitions()).replicas(topics.replicas()).build();
    }

    /**
     * A batch that fails (the database unreachable, two instances racing on one consignment)
     * is retried with growing waits and never skipped: skipping would lose a filing's decision.
     * What cannot be read is not thrown but reported by the listener.
     */
    @Bean
    CommonErrorHandler kafkaErrorHandler() {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2);
        backOff.setMaxInterval(10_000);
        return new DefaultErrorHandler(backOff);
    }

    @Bean
    Resubmission resubmission(IncompleteEventPublications incomplete,
            @Value("${caravan.kafka.resubmit-after:PT1M}") Duration after) {
        return new Resubmission(incomplete, after);
    }

    static final class Resubmission {

        private final IncompleteEventPublications incomplete;
        private final Duration after;

        Resubmission(IncompleteEventPublications incomplete, Duration after) {
            this.incomplete = incomplete;
            this.after = after;
        }

        @Scheduled(fixedDelayString = "${caravan.kafka.resubmit-every:PT30S}", initialDelayString = "${caravan.kafka.resubmit-every:PT30S}")
        void resubmit() {
            try {
                incomplete.resubmitIncompletePublicationsOlderThan(after);
            } catch (RuntimeException e) {
                log.warn("Resubmitting incomplete event publications failed; the next run tries again", e);
            }
        }
    }
}
