package org.caravan.exchange.internal.corridor;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** The corridor's topics: this administration's inbound topic and each partner's, created when missing. */
@Configuration(proxyBeanMethods = false)
@OnCorridor
@EnableConfigurationProperties(CorridorSettings.class)
class CorridorSetup {

    @Bean
    KafkaAdmin.NewTopics corridorTopics(CorridorSettings settings,
            @org.springframework.beans.factory.annotation.Value("${caravan.kafka.partitions:12}") int partitions,
            @org.springframework.beans.factory.annotation.Value("${caravan.kafka.replicas:1}") short replicas) {
        java.util.List<NewTopic> topics = new java.util.ArrayList<>();
        topics.add(TopicBuilder.name(settings.inboundTopic(settings.administration())).partitions(partitions)
                .replicas(replicas).build());
        settings.partners().keySet().forEach(partner -> topics.add(
                TopicBuilder.name(settings.inboundTopic(partner)).partitions(partitions).replicas(replicas).build()));
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
