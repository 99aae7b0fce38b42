/**
 * Traffic and load for the demo and the bench: parcels, orders and risky scenarios with
 * ground truth; order filing, open-loop load, decision watching, the raw-insert baseline.
 */
package org.caravan.simulator.internal;
