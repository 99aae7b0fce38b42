package org.caravan.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.caravan.support.ApiTest;
import org.caravan.support.Browser;
import org.caravan.support.BrowserAvailable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a new user sees running the demo: while the paced pilot plays, the officer's dashboard
 * fills day by day, and the run ends with the evaluation summary and its report.
 */
@ActiveProfiles("test")
@ExtendWith(BrowserAvailable.class)
class PilotDemoBrowserTest extends ApiTest {

    private ExecutorService player;

    @Test
    @SuppressWarnings("unchecked")
    void theDashboardFillsAsThePilotPlaysAndTheSummaryFollows() throws Exception {
        PilotSettings paced = new PilotSettings(3, 17, 100, 2, 0.85, 2, PilotSettings.capacityFor(100, 2), 0.08, 3);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        player = Executors.newSingleThreadExecutor();
        Future<Map<String, Object>> demo = player.submit(() -> new PilotDemo()
                .run("http://localhost:" + port, paced, false, new PrintStream(printed, true, StandardCharsets.UTF_8)));

        Map<String, Object> summary;
        try (Browser browser = Browser.open(port, Browser.DESKTOP, "en")) {
            browser.signIn("demo-officer-kz", "demo-secret").go("/console/dashboard");
            long before = decided(browser);
            long first = waitForMoreThan(browser, before);
            long later = waitForMoreThan(browser, first);
            assertThat(later).as("the figures grow while the pilot plays").isGreaterThan(first).isGreaterThan(before);
            browser.assertAccessible();

            summary = demo.get(3, TimeUnit.MINUTES);
            browser.driver().navigate().refresh();
            long kazakh = ((java.util.List<Map<String, Object>>) summary.get("byLane")).stream()
                    .filter(l -> ((String) l.get("lane")).startsWith("CN-KZ")).mapToLong(l -> ((Number) l.get("filed")).longValue())
                    .sum();
            assertThat(decided(browser) - before).as("every Kazakh parcel of the pilot is on the dashboard").isEqualTo(kazakh);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("/console/dashboard", "Pilot of 3 days (seed 17)", "released before arrival",
                "random selection of as many parcels");

        // the same pilot's evaluation report, read as a steering committee would: the screenshot in docs/
        Path report = Files.createTempFile("pilot-", ".html");
        Files.writeString(report, PilotSimulation.report(summary), StandardCharsets.UTF_8);
        try (Browser browser = Browser.open(0, new Dimension(1366, 1400), "en")) {
            browser.go(report.toUri());
            assertThat(browser.find(By.xpath("//li[span[.='Consignments']]/strong")).getText())
                    .isEqualTo(String.valueOf(((Map<String, Object>) summary.get("overall")).get("filed")));
            browser.assertAccessible();
            browser.screenshot("pilot-report");
        } finally {
            Files.deleteIfExists(report);
        }
    }

    /** The demo stops if the test fails, so it files nothing more into the context other tests share. */
    @AfterEach
    void stopThePilot() {
        if (player != null) {
            player.shutdownNow();
        }
    }

    /** The figure once the dashboard, read again every second and a half, shows more than {@code value}. */
    private static long waitForMoreThan(Browser browser, long value) {
        return Awaitility.await("the dashboard past " + value + " consignments decided").atMost(Duration.ofSeconds(90))
                .pollInSameThread().pollInterval(Duration.ofMillis(1500)).until(() -> {
                    browser.driver().navigate().refresh();
                    return decided(browser);
                }, now -> now > value);
    }

    private static long decided(Browser browser) {
        String tile = browser.find(By.xpath("//li[span[.='Consignments decided']]/strong")).getText();
        String digits = tile.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }
}
