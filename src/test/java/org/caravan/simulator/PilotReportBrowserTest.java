package org.caravan.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caravan.simulator.internal.EvaluationReport;
import org.caravan.support.Browser;
import org.caravan.support.BrowserAvailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import tools.jackson.databind.JsonNode;

/**
 * The steering committee opens the pilot's evaluation from a file, with no server and no
 * network: the headline figures are there, the histogram's bars stand in proportion to its
 * counts, each lane has its pair of yield bars, no chart mixes currencies, the parcels only
 * random selection found are listed, and the page passes the accessibility rules.
 */
@ExtendWith(BrowserAvailable.class)
class PilotReportBrowserTest {

    private static final Pattern CURRENCY = Pattern.compile("\\d ([A-Z]{3})\\b");

    @TempDir
    Path directory;

    @Test
    void theCommitteeReadsThePilotsEvaluationFromAFile() throws IOException {
        JsonNode evaluation = EvaluationReportTest.sample();
        Path report = Files.writeString(directory.resolve("pilot-report.html"), EvaluationReport.html(evaluation));

        // no port: the report is a file, served by nothing
        try (Browser browser = Browser.open(0, new Dimension(1366, 1400), "en")) {
            browser.go(report.toUri());
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Pilot evaluation");
            assertThat(browser.find(By.id("simulated")).getText()).contains("simulation").contains("injected")
                    .contains("Hours are simulated hours");
            assertThat(tile(browser, "Consignments")).isEqualTo("3000");
            assertThat(tile(browser, "Released before arrival")).isEqualTo("92.5 %");
            assertThat(tile(browser, "90th percentile hours to release")).isEqualTo("30.5 h");
            assertThat(tile(browser, "Inspection rate")).isEqualTo("4.5 %");
            assertThat(tile(browser, "Precision")).isEqualTo("33.8 %");
            assertThat(tile(browser, "Recall")).isEqualTo("31.3 %");

            List<Long> counts = evaluation.path("timeToRelease").path("counts").valueStream().map(JsonNode::asLong).toList();
            List<Double> heights = heights(browser, "#time-to-release rect.bar");
            assertThat(heights).as("one bar a bucket").hasSize(counts.size());
            double pixelsPerParcel = heights.get(0) / counts.get(0);
            for (int i = 0; i < counts.size(); i++) {
                assertThat(heights.get(i)).as("bar of bucket " + i).isCloseTo(counts.get(i) * pixelsPerParcel, within(0.5));
            }

            List<String> lanes = evaluation.path("byLane").valueStream().map(l -> l.path("lane").asString()).toList();
            assertThat(browser.driver().findElements(By.cssSelector("#lane-yield rect.bar"))).hasSize(2 * lanes.size());
            for (String lane : lanes) {
                assertThat(browser.driver().findElements(By.cssSelector("#lane-yield rect.bar[data-group='" + lane + "']"))
                        .stream().map(r -> r.getDomAttribute("class")).toList()).as(lane)
                        .containsExactly("bar controls", "bar hits");
            }
            assertThat(texts(browser, "#lane-yield text.note"))
                    .containsExactly("hit rate 42.2 %", "hit rate 46.7 %", "hit rate –", "hit rate 37.8 %");

            List<String> currencies = new ArrayList<>();
            for (WebElement chart : browser.driver().findElements(By.cssSelector("svg[role=img]"))) {
                Set<String> shown = new TreeSet<>();
                Matcher money = CURRENCY.matcher(String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                        "return Array.from(arguments[0].querySelectorAll('text, title')).map(t => t.textContent).join('\\n')",
                        chart)));
                while (money.find()) {
                    shown.add(money.group(1));
                }
                String currency = chart.getDomAttribute("data-currency");
                assertThat(shown).as("currencies in " + chart.getDomAttribute("id")).hasSizeLessThanOrEqualTo(1);
                if (currency != null) {
                    assertThat(shown).as(chart.getDomAttribute("id")).containsOnly(currency);
                    currencies.add(currency);
                }
                assertThat(chart.getDomAttribute("aria-label")).isNotBlank();
            }
            assertThat(currencies).containsExactly("KZT", "UZS", "KZT", "UZS");

            assertThat(texts(browser, "table:has(caption#missed-table) tbody th"))
                    .containsExactlyElementsOf(evaluation.path("riskAccuracy").path("randomFoundTargetingMissed").valueStream()
                            .map(p -> p.path("trackingNumber").asString()).toList());

            browser.assertAccessible();
        }
    }

    private static String tile(Browser browser, String label) {
        return browser.find(By.xpath("//li[span[.='" + label + "']]/strong")).getText();
    }

    private static List<String> texts(Browser browser, String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(e -> e.getDomProperty("textContent").trim())
                .toList();
    }

    /** Bar heights as drawn on the screen, in CSS pixels. */
    @SuppressWarnings("unchecked")
    private static List<Double> heights(Browser browser, String css) {
        List<Number> drawn = (List<Number>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(r => r.getBoundingClientRect().height)", css);
        return drawn.stream().map(Number::doubleValue).toList();
    }
}
