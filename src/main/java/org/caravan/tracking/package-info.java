/**
 * Tracking: each parcel's status timeline in plain language for consumers, written as
 * clearance decides. Outbound webhooks with retries come later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracking")
package org.caravan.tracking;
