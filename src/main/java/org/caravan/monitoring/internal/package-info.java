/** Monitoring's rollups: the listeners that count clearance's events, and the reports read from the counts. */
package org.caravan.monitoring.internal;
