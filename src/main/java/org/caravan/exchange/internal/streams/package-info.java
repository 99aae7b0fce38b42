/**
 * The installation's decisions and tracking events on Kafka (profile kafka, docs/events.md),
 * for the administration's other systems and the couriers' integrations to read.
 */
package org.caravan.exchange.internal.streams;
