package org.caravan.simulator.internal.pilot;

import java.util.List;

/** A pilot's whole traffic, generated before it is played: the same seed gives the same traffic. */
public record Traffic(List<SimParcel> parcels, List<SimManifest> manifests, int consumers, int sellers) {
}
