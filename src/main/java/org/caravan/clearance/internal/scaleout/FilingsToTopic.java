package org.caravan.clearance.internal.scaleout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.caravan.common.events.EventEnvelopes;
import org.caravan.common.events.EventTopics;
import org.caravan.common.events.OnKafka;
import org.caravan.filing.FiledConsignment;
import org.caravan.filing.FiledConsignments;
import org.caravan.filing.Recipients;
import org.caravan.filing.ManifestFiled;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.cloudevents.CloudEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts a filed manifest's consignments on the filings topic once the filing has committed,
 * one record per consignment, keyed by its recipient (see {@link #partitionKey}). It listens through the event publication
 * registry: the publication completes only when Kafka has acknowledged every record, so a
 * stop between the commit and the last acknowledgement sends them again (a repeat is
 * harmless, the assessment skips a consignment it has decided).
 */
@Component
@OnKafka
class FilingsToTopic {

    /** Records in flight before waiting for their acknowledgements: bounds the memory of a million-parcel manifest. */
    private static final int IN_FLIGHT = 5_000;

    private final FiledConsignments consignments;
    private final KafkaTemplate<String, CloudEvent> kafka;
    private final EventTopics topics;
    private final JsonMapper json;

    FilingsToTopic(FiledConsignments consignments, KafkaTemplate<String, CloudEvent> kafka, EventTopics topics,
            JsonMapper json) {
        this.consignments = consignments;
        this.kafka = kafka;
        this.topics = topics;
        this.json = json;
    }

    @ApplicationModuleListener
    void on(ManifestFiled filed) {
        List<CompletableFuture<?>> sent = new ArrayList<>(IN_FLIGHT);
        consignments.forEachOfManifest(filed.manifestId(), c -> {
            FilingRecord record = new FilingRecord(c.id(), filed.manifestId(), c.trackingNumber(), c.destination().value());
            CloudEvent event = EventEnvelopes.json(FilingRecord.TYPE, topics.source(), c.trackingNumber(),
                    filed.filedAt(), json.writeValueAsBytes(record));
            sent.add(kafka.send(topics.filings(), partitionKey(c), event));
            if (sent.size() == IN_FLIGHT) {
                acknowledged(sent);
            }
        });
        acknowledged(sent);
    }

    /**
     * One recipient's parcels share a partition, so one instance assesses them in filing order
     * and no two instances wait on the same recipient's allowance; a parcel whose recipient
     * is not identified is keyed by its own id. The key is a digest: no consignee's name or
     * consumer id rests on the brokers.
     */
    static String partitionKey(FiledConsignment c) {
        String key = c.destination().value() + "|" + Recipients.key(c).orElse(c.id().toString());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void acknowledged(List<CompletableFuture<?>> sent) {
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        sent.clear();
    }
}
