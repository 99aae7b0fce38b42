/** The exchange's implementation: event streams on Kafka and the corridor between administrations. */
package org.caravan.exchange.internal;
