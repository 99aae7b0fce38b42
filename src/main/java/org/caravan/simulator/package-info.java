/**
 * Simulator: pilot traffic for trade lanes (the demo), and the bench that measures the
 * filing path. Files and reads through Caravan's public HTTP interface; the bench, running
 * in the service's JVM, also registers its own parties, checks exchange rates and reads
 * the stage counters, through those modules' public APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Simulator")
package org.caravan.simulator;
