package org.caravan.exchange.internal.corridor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/** What exists only on a corridor node: on Kafka, with {@code caravan.exchange.administration} set. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@ConditionalOnExpression("'${caravan.kafka.enabled:false}' == 'true' and '${caravan.exchange.administration:}' != ''")
public @interface OnCorridor {
}
