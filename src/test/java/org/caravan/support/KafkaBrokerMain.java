package org.caravan.support;

import java.util.concurrent.CountDownLatch;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A single Kafka broker (KRaft) on a fixed port, for measuring the kafka profile on a machine
 * without Kafka installed (docs/benchmarks.md); a deployment runs Apache Kafka itself
 * (deploy/compose.yaml). Runs until killed.
 *
 * <pre>
 * java -cp target/test-classes:$(cat classpath.txt) org.caravan.support.KafkaBrokerMain [port]
 * </pre>
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9092;
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 12).kafkaPorts(port);
        broker.afterPropertiesSet();
        System.out.println("Kafka broker at " + broker.getBrokersAsString());
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        new CountDownLatch(1).await();
    }
}
