package org.caravan.retention;

import org.springframework.test.context.ActiveProfiles;

/** Archiving closed cases on the embedded H2 store. */
@ActiveProfiles("test")
class ClosedCaseArchiveTest extends ClosedCaseArchiveScenario {
}
