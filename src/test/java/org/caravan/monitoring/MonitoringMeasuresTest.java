package org.caravan.monitoring;

import org.springframework.test.context.ActiveProfiles;

/** The pilot's measures from real filings on the embedded default (H2). */
@ActiveProfiles("test")
class MonitoringMeasuresTest extends MonitoringMeasuresScenario {
}
