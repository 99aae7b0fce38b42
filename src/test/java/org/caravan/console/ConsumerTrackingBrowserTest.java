package org.caravan.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Browser;
import org.caravan.support.BrowserAvailable;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * A consumer with a Russian browser on a phone looks up a parcel with duties due: the pages
 * speak Russian by default and English after the switch, show the amount due after the
 * postcode, fit the phone's width, load nothing from another host and pass the
 * accessibility rules.
 */
@ActiveProfiles("test")
@ExtendWith(BrowserAvailable.class)
// the same settings as the other tracking tests, so they share one application context
@TestPropertySource(properties = "caravan.tracking.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1")
class ConsumerTrackingBrowserTest extends ApiTest {

    @LocalServerPort
    int localPort;

    @Test
    void aConsumerOnAPhoneTracksAParcelInRussianThenInEnglish() {
        String tracking = dutiable();
        try (Browser browser = Browser.open(localPort, Browser.PHONE, "ru")) {
            browser.go("/track");
            assertThat(browser.find(By.cssSelector("label[for=number]")).getText()).isEqualTo("Трек-номер");
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
            assertFitsAndStaysHome(browser);
            browser.assertAccessible();
            browser.screenshot("tracking-lookup");

            browser.find(By.id("number")).sendKeys(tracking);
            browser.find(By.cssSelector(".track-lookup button")).click();
            browser.waitFor().until(d -> d.getCurrentUrl().endsWith("/track/" + tracking));
            assertThat(browser.find(By.id("status")).getText()).isEqualTo("До выпуска нужно уплатить таможенные пошлины и налоги.");
            assertThat(browser.find(By.id("next-heading")).getText()).isEqualTo("Что будет дальше");

            prove(browser);
            assertThat(browser.find(By.id("due")).getText()).contains("Итого к оплате", "KZT");
            assertThat(browser.find(By.id("goods")).getText()).contains("Goods");
            assertFitsAndStaysHome(browser);
            browser.assertAccessible();
            browser.screenshot("tracking-ru");

            browser.find(By.cssSelector("a[hreflang=en]")).click();
            browser.waitFor().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            assertThat(browser.find(By.id("status")).getText()).isEqualTo("Customs duties and taxes are due before release.");
            prove(browser);
            assertThat(browser.find(By.id("due")).getText()).contains("Total due in KZ", "KZT");
            assertThat(browser.find(By.id("todo")).getText()).startsWith("Pay ");
            assertFitsAndStaysHome(browser);
            browser.assertAccessible();
            browser.screenshot("tracking-en");

            // the choice is kept for the next page, though the browser still prefers Russian
            browser.go("/track");
            assertThat(browser.find(By.cssSelector("label[for=number]")).getText()).isEqualTo("Tracking number");
        }
    }

    private static void prove(Browser browser) {
        browser.find(By.id("proof")).sendKeys("050000");
        browser.find(By.cssSelector(".track-proof button")).click();
        browser.find(By.id("goods"));
    }

    /** No sideways scrolling on the phone, and every script, style, image and request from this host. */
    private static void assertFitsAndStaysHome(Browser browser) {
        Object wider = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(wider).as("the page is wider than the phone").isEqualTo(false);
        @SuppressWarnings("unchecked")
        List<String> addresses = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return [...document.querySelectorAll('script[src], link[href], img[src], iframe[src]')]"
                + ".map(e => e.src || e.href)"
                + ".concat(performance.getEntriesByType('resource').map(r => r.name))");
        String origin = (String) ((JavascriptExecutor) browser.driver()).executeScript("return location.origin");
        assertThat(addresses).isNotEmpty().allSatisfy(a -> assertThat(a).startsWith(origin + "/"));
    }

    /** A smartphone above the de minimis, filed by the platform and the courier: duties are due. */
    private String dutiable() {
        String[] platformId = new String[1];
        String platform = platform(platformId);
        String courier = as(Role.COURIER, null);
        String orderRef = Filings.unique("TM-");
        String tracking = Filings.unique("CRV");
        String consumer = "KZ-P" + Filings.unique("");
        Reply order = api.post("/api/v1/orders", platform, Filings.unique("k"),
                Filings.order(orderRef, "KZ", consumer, "Aigerim Sadykova", "851713", 1, "349.00"));
        assertThat(order.status()).as(order.raw()).isEqualTo(201);
        Reply manifest = api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(
                Filings.unique("MAWB-"), "KZ", List.of(Filings.line(tracking, platformId[0], orderRef, "KZ", consumer,
                        "Aigerim Sadykova", "851713", 1, "349.00", "1.200"))));
        assertThat(manifest.status()).as(manifest.raw()).isEqualTo(202);
        JsonNode decided = api.awaitDecision(tracking, courier);
        assertThat(decided.at("/cases/0/status").asString()).as(decided.toString()).isEqualTo("PAYMENT_REQUIRED");
        return tracking;
    }
}
