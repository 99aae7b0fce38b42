package org.caravan.clearance;

import org.springframework.test.context.ActiveProfiles;

/** Labels from officers' results on the embedded default (H2). */
@ActiveProfiles("test")
class InspectionLabelsTest extends InspectionLabelsFromTaskResults {
}
