/**
 * Caravan's events on Apache Kafka (profile kafka, docs/events.md): the CloudEvents envelope
 * every record travels in, the topic names, and whether the installation runs on Kafka at all.
 */
@org.springframework.modulith.NamedInterface("events")
package org.caravan.common.events;
