package org.caravan.clearance.internal.model;

/** Whether an officer's task still waits for a result. */
public enum TaskState {
    OPEN, DONE
}
