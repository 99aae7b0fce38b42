/**
 * Monitoring: the pilot's measures of success (clearance times, pre-arrival release rate,
 * inspection and hit rates, targeting precision, duties) per jurisdiction, trade lane and HS
 * section over time, rolled up from clearance's events only (docs/monitoring.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package org.caravan.monitoring;
