package org.caravan.clearance.internal.model;

import java.util.List;

/** Officer work queues, each with the results its tasks end with. */
public enum Queue {
    INSPECTION(List.of(TaskOutcome.NO_FINDINGS, TaskOutcome.IRREGULARITY, TaskOutcome.PROHIBITED_GOODS)),
    DOCUMENTS(List.of(TaskOutcome.DOCUMENTS_ACCEPTED, TaskOutcome.IRREGULARITY, TaskOutcome.PROHIBITED_GOODS));

    private final List<TaskOutcome> results;

    Queue(List<TaskOutcome> results) {
        this.results = results;
    }

    public List<TaskOutcome> results() {
        return results;
    }
}
