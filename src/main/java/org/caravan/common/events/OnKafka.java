package org.caravan.common.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Marks what exists only when the installation runs on Kafka (profile kafka sets
 * {@code caravan.kafka.enabled}); the embedded default has none of it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@ConditionalOnProperty(name = "caravan.kafka.enabled", havingValue = "true")
public @interface OnKafka {
}
