/**
 * Monitoring: KPIs per trade lane and product category (clearance times, pre-arrival release rate, inspection and hit rates, revenue), from events only. Not built yet.
 */
@org.springframework.modulith.ApplicationModule
package org.caravan.monitoring;
