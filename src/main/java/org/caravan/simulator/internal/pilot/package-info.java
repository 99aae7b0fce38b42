/**
 * The pilot simulator: a corridor's traffic with injected fraud and its ground truth
 * ({@link org.caravan.simulator.internal.pilot.CorridorTraffic}), played against Caravan's
 * public API on a compressed clock by platforms, couriers and officers
 * ({@link org.caravan.simulator.internal.pilot.PilotRun}), and judged against that ground
 * truth ({@link org.caravan.simulator.internal.pilot.PilotEvaluation}).
 */
package org.caravan.simulator.internal.pilot;
