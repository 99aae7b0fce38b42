/** Pilot traffic generation for the demo: parcels, orders and fraud scenarios with ground truth. */
package org.caravan.simulator.internal;
