/**
 * Simulator: the pilot simulator (corridor traffic with injected fraud and its ground truth,
 * played by simulated platforms, couriers and officers, and its evaluation), the demo on it,
 * and the bench that measures the filing path. Files and reads through Caravan's public HTTP
 * interface and UN/EDIFACT (an interchange is written with the interchange module's public
 * writer); the bench, running in the service's JVM, also registers its own parties, checks
 * exchange rates and reads the stage counters, through those modules' public APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Simulator")
package org.caravan.simulator;
