/**
 * Tracking: each parcel's status timeline in plain language for consumers, written as
 * clearance decides and shown through {@link org.caravan.tracking.ConsumerTracking} (the JSON
 * API and the console's tracking page alike), and the webhooks that tell couriers and
 * platforms (signed CloudEvents, retried, replayable; docs/webhooks.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracking")
package org.caravan.tracking;
