package org.caravan.clearance.internal;

/** Officer work queues. */
public enum Queue {
    INSPECTION, DOCUMENTS
}
