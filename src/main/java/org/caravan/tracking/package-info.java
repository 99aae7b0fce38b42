/**
 * Tracking: each parcel's status timeline in plain language for consumers, written as
 * clearance decides, and the webhooks that tell couriers and platforms (signed
 * CloudEvents, retried, replayable; docs/webhooks.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracking")
package org.caravan.tracking;
