/**
 * Simulator: pilot traffic for trade lanes (the demo), and the end-to-end throughput
 * benchmark. Talks to Caravan through its public HTTP interface only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Simulator")
package org.caravan.simulator;
