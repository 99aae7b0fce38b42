package org.caravan.clearance;

/** The corridor's regimes through the API, on the embedded store. */
class CorridorRegimesTest extends CorridorRegimes {
}
