package org.caravan.clearance.internal.scaleout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.caravan.clearance.internal.AssessManifest;
import org.caravan.clearance.internal.model.ClearanceCases;
import org.caravan.common.events.EventEnvelopes;
import org.caravan.common.events.OnKafka;
import org.caravan.filing.FiledConsignment;
import org.caravan.filing.FiledConsignments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.cloudevents.CloudEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assesses what the filings topic brings to this instance, a poll's batch in one
 * transaction. Exactly one decision per consignment and jurisdiction, whatever is
 * redelivered: a consignment with a case is skipped, and the unique (tracking number,
 * jurisdiction) key refuses the second of two instances racing on one record (the batch is
 * then retried and finds the case). Offsets are committed after the transaction, so a stop
 * in between delivers the batch again to whichever instance takes the partition.
 */
@Component
@OnKafka
class AssessFiledConsignments {

    private static final Logger log = LoggerFactory.getLogger(AssessFiledConsignments.class);

    private final FiledConsignments filings;
    private final ClearanceCases cases;
    private final AssessManifest assess;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final java.util.concurrent.atomic.LongAdder decidedHere = new java.util.concurrent.atomic.LongAdder();

    AssessFiledConsignments(FiledConsignments filings, ClearanceCases cases, AssessManifest assess,
            TransactionTemplate transaction, JsonMapper json) {
        this.filings = filings;
        this.cases = cases;
        this.assess = assess;
        this.transaction = transaction;
        this.json = json;
    }

    @KafkaListener(id = "${caravan.kafka.prefix:caravan}.assessment", topics = "${caravan.kafka.prefix:caravan}.filings",
            groupId = "${caravan.kafka.prefix:caravan}.assessment", batch = "true",
            concurrency = "${caravan.kafka.assessment-concurrency:2}")
    void on(List<ConsumerRecord<String, CloudEvent>> records) {
        Map<UUID, FilingRecord> waiting = new LinkedHashMap<>();
        for (ConsumerRecord<String, CloudEvent> r : records) {
            if (r.value() == null || !FilingRecord.TYPE.equals(r.value().getType())) {
                log.warn("Skipped a record of unknown type on the filings topic at {}-{}@{}", r.topic(), r.partition(),
                        r.offset());
                continue;
            }
            FilingRecord f = json.readValue(EventEnvelopes.data(r.value()), FilingRecord.class);
            waiting.put(f.consignmentId(), f);
        }
        if (!waiting.isEmpty()) {
            // counted once the transaction has committed: a batch rolled back and retried decided nothing
            decidedHere.add(transaction.execute(s -> assess(waiting)));
        }
    }

    /** The cases decided. */
    private int assess(Map<UUID, FilingRecord> waiting) {
        List<FiledConsignment> filed = filings.byIds(waiting.keySet());
        if (filed.size() < waiting.size()) {
            // only a filing that never committed has a record without its row: the outbox sends after commit
            log.warn("{} records on the filings topic name consignments that are not in the store",
                    waiting.size() - filed.size());
        }
        Set<String> decided = cases.decidedAmong(filed.stream().map(FiledConsignment::trackingNumber).toList());
        Map<UUID, List<FiledConsignment>> byManifest = new LinkedHashMap<>();
        for (FiledConsignment c : filed) {
            if (!decided.contains(c.trackingNumber() + "/" + c.destination().value())) {
                byManifest.computeIfAbsent(c.manifestId(), m -> new ArrayList<>()).add(c);
            }
        }
        int count = 0;
        for (Map.Entry<UUID, List<FiledConsignment>> manifest : byManifest.entrySet()) {
            count += assess.assess(manifest.getKey(), manifest.getValue());
        }
        return count;
    }

    /** Cases this instance has decided from the topic since it started. */
    long decided() {
        return decidedHere.sum();
    }
}
