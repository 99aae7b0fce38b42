/** Signal detectors: undervaluation against learned unit prices, splitting across couriers, HS plausibility. */
package org.caravan.risk.internal.signals;
