package org.caravan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The monitoring volume bench still runs, at a tiny scale, so it cannot rot between the runs
 * recorded in docs/benchmarks.md; and its compaction leaves the reports as they were.
 * Nothing here is timed.
 */
@ActiveProfiles("test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonitoringVolumeBenchTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theBenchFillsCompactsAndReadsTheSameReports() {
        Map<String, Object> figures = MonitoringVolumeBench.run(context,
                new MonitoringVolumeBench.Settings("ZB", LocalDate.of(1990, 1, 1), 3, 4_000, 2, 3, 7));

        assertThat(figures.get("reportsIdentical")).isEqualTo(true);
        assertThat((long) figures.get("rowsAfter")).isLessThan((long) figures.get("rowsBefore"));
    }
}
