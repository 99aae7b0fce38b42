package org.caravan.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.caravan.party.Role;
import org.caravan.reference.CountryCode;
import org.caravan.risk.SandboxProfiles;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Browser;
import org.caravan.support.BrowserAvailable;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * An administrator starts a shadow run from the console's form, sees a refused form name its
 * field, reads the candidate beside production once parcels are filed, and stops the run; an
 * officer is told the sandbox is not theirs.
 */
@ActiveProfiles("test")
@ExtendWith(BrowserAvailable.class)
class SandboxBrowserTest extends ApiTest {

    @Test
    void anAdministratorStartsReadsAndStopsAShadowRun() {
        String admin = Filings.unique("admin-");
        parties.register(admin, SECRET, "Dana Sultanova", Role.ADMIN, Optional.empty());
        String courier = as(Role.COURIER, null);
        try (Browser browser = Browser.open(port, Browser.DESKTOP, "en")) {
            browser.signIn(admin, SECRET).go("/console/sandbox");
            browser.assertAccessible();

            // a profile left out comes back with the field named and what was typed kept
            new Select(browser.find(By.id("jurisdiction"))).selectByValue("KZ");
            browser.find(By.id("reason")).sendKeys("Try inspecting every finding");
            browser.find(By.cssSelector("main form button[type=submit]")).click();
            assertThat(browser.find(By.cssSelector("#candidateProfile + p.error")).getText()).isNotBlank();
            assertThat(browser.find(By.id("reason")).getAttribute("value")).isEqualTo("Try inspecting every finding");

            WebElement profile = browser.find(By.id("candidateProfile"));
            // typing a long document key by key is slow; a person would paste it
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", profile,
                    YAMLMapper.builder().build().writeValueAsString(SandboxProfiles.strict()));
            browser.find(By.cssSelector("main form button[type=submit]")).click();
            browser.waitFor().until(d -> d.getCurrentUrl().matches(".*/console/sandbox/[0-9a-f-]{36}$"));
            assertThat(browser.find(By.tagName("main")).getText()).contains("running").contains("Candidate: inspect every finding");

            List<String> filed = file(courier);
            filed.forEach(tn -> api.awaitDecision(tn, as(Role.OFFICER, "KZ")));
            browser.driver().navigate().refresh();
            assertThat(cell(browser, "Parcels screened", 2)).isEqualTo("5");
            assertThat(cell(browser, "Parcels screened", 3)).isEqualTo("5");
            assertThat(cell(browser, "Physical inspections", 3)).as("the strict candidate inspects every finding").isEqualTo("5");
            browser.find(By.id("comparison-chart"));
            browser.waitFor().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("return !!document.getElementById('comparison-chart')._chart")));
            browser.assertAccessible();
            browser.screenshot("sandbox-report");

            browser.find(By.cssSelector("form button.danger")).click();
            assertThat(browser.find(By.cssSelector("[role=status]")).getText()).contains("stopped");
            assertThat(browser.find(By.tagName("main")).getText()).contains("done");
            browser.go("/console/sandbox");
            assertThat(browser.find(By.tagName("tbody")).getText()).contains("Try inspecting every finding").contains("done");
            browser.screenshot("sandbox");
        }
    }

    @Test
    void anOfficerIsToldTheSandboxIsForAdministrators() {
        String officer = Filings.unique("officer-kz-");
        parties.register(officer, SECRET, "Aliya Nurlanova", Role.OFFICER, Optional.of(CountryCode.of("KZ")));
        try (Browser browser = Browser.open(port, Browser.DESKTOP, "en")) {
            browser.signIn(officer, SECRET).go("/console/sandbox");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Not allowed");
            assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).contains("ADMIN");
        }
    }

    private static String cell(Browser browser, String measure, int column) {
        return browser.find(By.xpath("//tr[th[normalize-space()='" + measure + "']]/*[" + column + "]")).getText();
    }

    private List<String> file(String courier) {
        List<String> tracking = new ArrayList<>();
        List<java.util.Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tracking.add(Filings.unique("CRS"));
            lines.add(Filings.line(tracking.get(i), null, null, "KZ", Filings.unique("KZ-"), "Aigerim Sadykova", "610910", 1,
                    "20.00", "0.400"));
        }
        Reply r = api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"), "KZ",
                lines));
        assertThat(r.status()).as(r.raw()).isEqualTo(202);
        return tracking;
    }
}
