package org.caravan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven through
 * Selenium, with what every console test needs: sign in, wait for htmx, check a page with
 * axe-core's WCAG 2.1 A and AA rules, and take a screenshot.
 *
 * <p>Screenshots go to {@code target/screenshots}; {@code -Dcaravan.screenshots=docs/screenshots}
 * refreshes the ones the README shows.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CARAVAN_CHROMIUM", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CARAVAN_CHROMEDRIVER",
            "/usr/bin/chromedriver"));
    /** A desktop officer's window, and a phone's (a 390 × 844 CSS-pixel handset). */
    public static final Dimension DESKTOP = new Dimension(1366, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** A browser whose {@code Accept-Language} is {@code language} (an empty string keeps Chromium's own). */
    public static Browser open(int port, Dimension window, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--disable-extensions", "--disable-background-networking",
                "--window-size=" + window.getWidth() + "," + window.getHeight());
        if (!language.isEmpty()) {
            options.addArguments("--lang=" + language);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(window);
        return new Browser(driver, "http://localhost:" + port);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    /** Opens a page by its whole address, such as a report written to a file. */
    public Browser go(URI page) {
        driver.get(page.toString());
        return this;
    }

    public WebElement find(By by) {
        return waitFor().until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /**
     * A wait that looks again when an element it found was swapped out meanwhile: htmx
     * replaces the parts of a page it updates, so an element may go stale between finding it
     * and reading it.
     */
    public WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Waits until htmx has no request in flight (its {@code htmx-request} class is gone from the page). */
    public void settle() {
        waitFor().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return document.readyState === 'complete' && document.querySelectorAll('.htmx-request').length === 0")));
    }

    /** Signs in through the console's form, as a person would. */
    public Browser signIn(String clientId, String secret) {
        go("/login");
        find(By.id("username")).sendKeys(clientId);
        find(By.id("password")).sendKeys(secret);
        find(By.cssSelector("form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlContains("/console"));
        return this;
    }

    /** Fails with each violation's rule, impact and offending elements when axe-core finds any on the page. */
    public void assertAccessible() {
        settle();
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        assertThat(results.getViolations()).as(() -> "accessibility violations on " + driver.getCurrentUrl() + ":\n"
                + describe(results.getViolations())).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    /** A PNG of the whole window, as {@code name}.png in the screenshot directory. */
    public Path screenshot(String name) {
        settle();
        Path directory = Path.of(System.getProperty("caravan.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
