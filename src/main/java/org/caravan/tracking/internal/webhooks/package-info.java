/**
 * Outbound webhooks: parties' subscriptions, the events fanned out to them from clearance
 * events, and their signed, retried delivery as CloudEvents.
 */
package org.caravan.tracking.internal.webhooks;
