package org.caravan.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caravan.party.Role;
import org.caravan.reference.CountryCode;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Browser;
import org.caravan.support.BrowserAvailable;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

/**
 * An officer reads the dashboard of a lane of its own (TR-KZ): three parcels decided, two
 * released before arrival; an inspection's result moves the hit rate; changing a filter swaps
 * the figures without leaving the page; the CSV link carries the filters. The page passes the
 * accessibility rules, charts included.
 */
@ActiveProfiles("test")
@ExtendWith(BrowserAvailable.class)
class DashboardBrowserTest extends ApiTest {

    private static final String LANE = "TR-KZ";

    @Test
    void anOfficerReadsTheMeasuresOfALaneAndSeesAnInspectionResultCount() {
        String[] platformId = new String[1];
        String platform = platform(platformId);
        String courier = as(Role.COURIER, null);
        String officerToken = as(Role.OFFICER, "KZ");
        file(courier, platform, platformId[0], officerToken, "610910", "12.50", "12.50", "RELEASED_PRE_ARRIVAL");
        file(courier, platform, platformId[0], officerToken, "610910", "12.50", "12.50", "RELEASED_PRE_ARRIVAL");
        String inspected = file(courier, platform, platformId[0], officerToken, "851713", "349.00", "5.00",
                "SELECTED_FOR_INSPECTION");

        String officer = Filings.unique("officer-kz-");
        parties.register(officer, SECRET, "Aliya Nurlanova", Role.OFFICER, Optional.of(CountryCode.of("KZ")));
        try (Browser browser = Browser.open(port, Browser.DESKTOP, "en")) {
            browser.signIn(officer, SECRET).go("/console/dashboard?lane=" + LANE);
            assertThat(tile(browser, "Consignments decided")).isEqualTo("3");
            assertThat(tile(browser, "Released before arrival")).as("a share of the releases").isEqualTo("100.0 %");
            assertThat(basis(browser, "Released before arrival")).isEqualTo("2 of 2 releases");
            assertThat(tile(browser, "Inspection rate")).isEqualTo("33.3 %");
            assertThat(tile(browser, "Hit rate")).as("no inspection finished yet").isEqualTo("–");

            assertThat(api.post("/api/v1/consignments/" + inspected + "/arrival", courier, null, "{}").status()).isEqualTo(200);
            Reply result = api.post("/api/v1/tasks/" + api.openTask(officerToken, inspected, "inspection") + "/result",
                    officerToken, null, Map.of("outcome", "IRREGULARITY", "reassessedValue",
                            Map.of("amount", "349.00", "currency", "USD"), "note", "Invoice in the parcel says 349 USD"));
            assertThat(result.status()).as(result.raw()).isEqualTo(200);
            browser.driver().navigate().refresh();
            assertThat(tile(browser, "Hit rate")).isEqualTo("100.0 %");
            assertThat(basis(browser, "Hit rate")).isEqualTo("1 irregularities in 1 inspections");
            assertThat(browser.find(By.cssSelector("#periods tfoot")).getText()).startsWith("Whole range 3 2 100.0 %");
            browser.waitFor().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return Array.from(document.querySelectorAll('canvas[data-chart]')).every(c => !!c._chart)")));
            browser.assertAccessible();
            browser.screenshot("dashboard");

            // a filter swaps the figures in place: the marker set on this page survives
            ((JavascriptExecutor) browser.driver()).executeScript("window.samePage = true");
            new Select(browser.find(By.id("granularity"))).selectByValue("month");
            browser.waitFor().until(d -> d.getCurrentUrl().contains("granularity=month"));
            browser.settle();
            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.samePage")).isEqualTo(true);
            assertThat(browser.find(By.cssSelector("a[download]")).getAttribute("href")).contains("lane=" + LANE)
                    .contains("granularity=month");

            // another administration's figures are not this officer's
            browser.go("/console/dashboard?jurisdiction=UZ");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Not found");
        }
    }

    private static String tile(Browser browser, String label) {
        return browser.find(By.xpath("//li[span[.='" + label + "']]/strong")).getText();
    }

    private static String basis(Browser browser, String label) {
        return browser.find(By.xpath("//li[span[.='" + label + "']]/span[contains(@class, 'tile-basis')]")).getText();
    }

    private String file(String courier, String platform, String platformId, String officer, String hs, String unitPrice,
            String declared, String expected) {
        String orderRef = Filings.unique("TR-");
        String consumer = api.consumerId(Filings.unique("dash-"));
        Reply order = api.post("/api/v1/orders", platform, Filings.unique("k"),
                Filings.order(orderRef, "KZ", consumer, "Dana Omarova", hs, 1, unitPrice));
        assertThat(order.status()).as(order.raw()).isEqualTo(201);
        String tracking = Filings.unique("DSH");
        Map<String, Object> manifest = Filings.manifest(Filings.unique("MAWB-"), "KZ", List.of(Filings.line(tracking,
                platformId, orderRef, "KZ", consumer, "Dana Omarova", hs, 1, declared, "0.500")));
        manifest.put("departure", Map.of("country", "TR", "location", "TRIST"));
        manifest.put("route", List.of("TR", "KZ"));
        Reply filed = api.post("/api/v1/manifests", courier, Filings.unique("k"), manifest);
        assertThat(filed.status()).as(filed.raw()).isEqualTo(202);
        JsonNode decided = api.awaitDecision(tracking, officer);
        assertThat(decided.at("/cases/0/status").asString()).as(decided.toString()).isEqualTo(expected);
        return tracking;
    }
}
