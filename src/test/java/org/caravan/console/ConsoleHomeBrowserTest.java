package org.caravan.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.caravan.party.Parties;
import org.caravan.party.Role;
import org.caravan.reference.CountryCode;
import org.caravan.support.Browser;
import org.caravan.support.BrowserAvailable;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** An officer signs in through the console's own form in Chromium; both pages pass the accessibility rules. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserAvailable.class)
class ConsoleHomeBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Parties parties;

    @Test
    void anOfficerSignsInAndSeesTheSectionsOfTheConsole() {
        String officer = Filings.unique("officer-kz-");
        parties.register(officer, "console-secret-1", "Aliya Nurlanova", Role.OFFICER, Optional.of(CountryCode.of("KZ")));
        try (Browser browser = Browser.open(port, Browser.DESKTOP, "en")) {
            browser.go("/console");
            browser.find(By.id("username"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
            browser.assertAccessible();
            browser.screenshot("sign-in");

            browser.signIn(officer, "console-secret-1");
            assertThat(browser.find(By.tagName("main")).getText()).contains("Signed in as " + officer + " (officer, KZ)")
                    .contains("Work queues").contains("Monitoring and evaluation");
            browser.assertAccessible();
            browser.screenshot("console-home");

            browser.find(By.cssSelector(".signout button")).click();
            browser.waitFor().until(d -> d.getCurrentUrl().endsWith("/login?logout"));
            assertThat(browser.find(By.cssSelector("[role=status]")).getText()).contains("signed out");
        }
    }
}
