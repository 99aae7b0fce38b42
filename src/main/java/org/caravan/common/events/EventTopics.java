package org.caravan.common.events;

/**
 * The topics of one installation. Every instance of an installation shares them (and its
 * database); several installations on one cluster keep apart by {@code prefix}.
 * {@code partitions} bounds how many instances share the filings' work, so it is set above the
 * largest number of instances foreseen. Read from {@code caravan.kafka.*}.
 */
public record EventTopics(String prefix, int partitions, short replicas, int assessmentConcurrency) {

    public EventTopics {
        prefix = prefix == null || prefix.isBlank() ? "caravan" : prefix;
        partitions = partitions <= 0 ? 12 : partitions;
        replicas = replicas <= 0 ? 1 : replicas;
        assessmentConcurrency = assessmentConcurrency <= 0 ? 2 : assessmentConcurrency;
    }

    /** Filed consignments waiting for assessment, one record per consignment. */
    public String filings() {
        return prefix + ".filings";
    }

    /** Pre-arrival decisions, one record per consignment and jurisdiction. */
    public String decisions() {
        return prefix + ".decisions";
    }

    /** Status changes after the decision and final-mile events, one record per event. */
    public String tracking() {
        return prefix + ".tracking";
    }

    /** The consumer group that shares the assessment of filings between the installation's instances. */
    public String assessmentGroup() {
        return prefix + ".assessment";
    }

    /** The installation's name as a CloudEvents source. */
    public String source() {
        return "caravan:" + prefix;
    }
}
