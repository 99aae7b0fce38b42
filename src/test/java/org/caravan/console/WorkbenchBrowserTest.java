package org.caravan.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caravan.party.Role;
import org.caravan.reference.CountryCode;
import org.caravan.support.ApiTest;
import org.caravan.support.Browser;
import org.caravan.support.BrowserAvailable;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

/**
 * An officer of Kazakhstan works a parcel filed through the API from the inspection queue to
 * its result with the keyboard alone, in Chromium, and the case file updates in place; an
 * officer of Uzbekistan neither finds the parcel in its queue nor can open it. The dashboard
 * of the parcels' lane counts the inspection's result as soon as it is recorded.
 */
@ActiveProfiles("test")
@ExtendWith(BrowserAvailable.class)
class WorkbenchBrowserTest extends ApiTest {

    @LocalServerPort
    int localPort;

    @Test
    void anOfficerWorksTheInspectionQueueWithTheKeyboard() {
        String courier = as(Role.COURIER, null);
        String officerToken = as(Role.OFFICER, "KZ");
        // tobacco is always inspected in Kazakhstan; the other parcel is inspected too, on a lower score
        String tracking = Filings.unique("WBB");
        String other = Filings.unique("WBB");
        Map<String, Object> manifest = Filings.manifest(Filings.unique("MAWB-"),
                "KZ", List.of(Filings.line(tracking, null, null, "KZ", "KZ-B1", "Timur Akhmetov", "240220", 10, "60.00",
                        "2.100"), Filings.line(other, null, null, "KZ", "KZ-B2", "Dana Seitkali", "240220", 1, "8.00",
                        "0.300")));
        // a trade lane of this test's own, so the dashboard's figures are this test's parcels
        manifest.put("departure", Map.of("country", "GE", "location", "GETBS"));
        manifest.put("route", List.of("GE", "KZ"));
        assertThat(api.post("/api/v1/manifests", courier, Filings.unique("k"), manifest).status()).isEqualTo(202);
        JsonNode decided = api.awaitDecision(tracking, officerToken);
        api.awaitDecision(other, officerToken);
        assertThat(decided.at("/cases/0/status").asString()).isEqualTo("SELECTED_FOR_INSPECTION");
        // an inspection is of goods that arrived
        assertThat(api.post("/api/v1/consignments/" + tracking + "/arrival", courier, null, "{}").status()).isEqualTo(200);

        String kz = officer("KZ");
        try (Browser browser = Browser.open(localPort, Browser.DESKTOP, "en")) {
            browser.signIn(kz, SECRET);
            browser.go("/console/dashboard?lane=GE-KZ");
            assertThat(tile(browser, "Inspection rate")).isEqualTo("100.0 %");
            assertThat(basis(browser, "Hit rate")).isEqualTo("0 irregularities in 0 inspections");
            browser.go("/console/queues/inspection");
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#queue-table tbody tr[data-tracking-number]"));
            assertThat(rows).extracting(r -> r.getAttribute("data-tracking-number")).contains(tracking, other);
            List<Integer> scores = rows.stream().map(r -> Integer.parseInt(r.findElements(By.tagName("td")).get(1).getText()))
                    .toList();
            assertThat(scores).as("riskiest first").isSortedAccordingTo((a, b) -> b - a);
            assertThat(browser.find(By.cssSelector(".tabs a[aria-current=page]")).getText()).startsWith("Inspections");
            browser.assertAccessible();
            browser.screenshot("workbench-queue");

            // "/" searches; the filter swaps the table in place and keeps the address
            keys(browser, "/");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("search");
            keys(browser, tracking, Keys.ENTER);
            browser.settle();
            browser.waitFor().until(d -> d.getCurrentUrl().contains("q=" + tracking));
            assertThat(browser.driver().findElements(By.cssSelector("#queue-table tbody tr[data-tracking-number]")))
                    .extracting(r -> r.getAttribute("data-tracking-number")).containsExactly(tracking);

            ((JavascriptExecutor) browser.driver()).executeScript("document.activeElement.blur()");
            keys(browser, "j");
            WebElement row = browser.find(By.cssSelector("#queue-table tbody tr[data-tracking-number]"));
            assertThat(row.getAttribute("aria-selected")).isEqualTo("true");
            keys(browser, Keys.ENTER);
            browser.waitFor().until(d -> d.getCurrentUrl().endsWith("/console/consignments/" + tracking));
            assertThat(browser.find(By.id("status")).getText()).isEqualTo("SELECTED_FOR_INSPECTION");
            browser.assertAccessible();
            browser.screenshot("workbench-consignment");

            // no navigation from here on: the marker lives as long as this document does
            ((JavascriptExecutor) browser.driver()).executeScript("window.stillHere = 'yes'");
            keys(browser, "1");
            assertThat(browser.find(By.id("outcome-1")).isSelected()).isTrue();
            keys(browser, Keys.TAB, "seals intact, 10 packs as declared");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("note");
            new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
            browser.waitFor().until(d -> !d.findElement(By.id("status")).getText().equals("SELECTED_FOR_INSPECTION"));
            browser.settle();
            String status = browser.find(By.id("status")).getText();
            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.stillHere")).isEqualTo("yes");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/console/consignments/" + tracking);
            assertThat(browser.find(By.id("timeline")).getText()).contains("seals intact, 10 packs as declared");
            assertThat(browser.find(By.cssSelector("[role=status]")).getText()).contains("Result recorded: no findings");
            assertThat(api.get("/api/v1/consignments/" + tracking, officerToken).body().get("status").asString())
                    .isEqualTo(status);
            browser.assertAccessible();

            // the result counts on the dashboard at once: one inspection completed, nothing found
            browser.go("/console/dashboard?lane=GE-KZ");
            assertThat(basis(browser, "Hit rate")).isEqualTo("0 irregularities in 1 inspections");
            assertThat(tile(browser, "Hit rate")).isEqualTo("0.0 %");
        }

        String uz = officer("UZ");
        try (Browser browser = Browser.open(localPort, Browser.DESKTOP, "en")) {
            browser.signIn(uz, SECRET);
            browser.go("/console/consignments/" + tracking);
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Not found");
            assertThat(browser.find(By.tagName("main")).getText()).doesNotContain(tracking);
            browser.go("/console/queues/inspection");
            assertThat(browser.find(By.id("queue-results")).getText()).doesNotContain(tracking).doesNotContain(other);
            browser.assertAccessible();
        }
    }

    private static String tile(Browser browser, String label) {
        return browser.find(By.xpath("//li[span[.='" + label + "']]/strong")).getText();
    }

    private static String basis(Browser browser, String label) {
        return browser.find(By.xpath("//li[span[.='" + label + "']]/span[contains(@class, 'tile-basis')]")).getText();
    }

    private static void keys(Browser browser, CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private String officer(String administration) {
        String clientId = Filings.unique("officer-" + administration.toLowerCase() + "-");
        parties.register(clientId, SECRET, "Officer " + administration, Role.OFFICER,
                Optional.of(CountryCode.of(administration)));
        return clientId;
    }
}
