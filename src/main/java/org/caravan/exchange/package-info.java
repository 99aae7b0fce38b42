/**
 * Exchange: the installation's decisions and tracking events on Kafka for other systems to
 * read, and the corridor between administrations, each on its own node: filings shared with
 * the next administration on the route with the risk results and decisions so far, transit
 * events, and arrival confirmed back (docs/corridor.md, docs/events.md).
 */
@org.springframework.modulith.ApplicationModule
package org.caravan.exchange;
