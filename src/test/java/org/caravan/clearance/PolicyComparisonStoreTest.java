package org.caravan.clearance;

import org.springframework.test.context.ActiveProfiles;

/** A comparison from the store, on the embedded default (H2). */
@ActiveProfiles("test")
class PolicyComparisonStoreTest extends PolicyComparisonStore {
}
