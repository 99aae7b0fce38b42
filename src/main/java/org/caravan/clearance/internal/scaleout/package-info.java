/**
 * Several instances of one installation share the assessment of filings through Kafka
 * (profile kafka, docs/events.md): each filed consignment becomes one record keyed by its id,
 * and the instances of the consumer group assess what their partitions bring.
 */
package org.caravan.clearance.internal.scaleout;
