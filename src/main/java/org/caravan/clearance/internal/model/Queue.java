package org.caravan.clearance.internal.model;

/** Officer work queues. */
public enum Queue {
    INSPECTION, DOCUMENTS
}
