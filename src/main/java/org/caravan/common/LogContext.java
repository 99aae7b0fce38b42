package org.caravan.common;

import org.slf4j.MDC;

/**
 * The keys that tie log lines together: the correlation id of the request (set for every
 * HTTP request, echoed in its X-Correlation-Id header) and the tracking number of the
 * consignment being worked on, so one consignment can be followed through the logs.
 * The request's filter clears both when the request ends.
 */
public final class LogContext {

    public static final String CORRELATION_ID = "correlationId";
    public static final String CONSIGNMENT = "consignment";

    private LogContext() {
    }

    /** Marks the rest of this request's log lines as work on one consignment. */
    public static void consignment(String trackingNumber) {
        if (trackingNumber != null) {
            MDC.put(CONSIGNMENT, trackingNumber);
        }
    }
}
