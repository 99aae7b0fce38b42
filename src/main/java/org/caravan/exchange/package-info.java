/**
 * Exchange: sharing filings and decisions with the next administration on the route, and inbound data from others. Not built yet.
 */
@org.springframework.modulith.ApplicationModule
package org.caravan.exchange;
