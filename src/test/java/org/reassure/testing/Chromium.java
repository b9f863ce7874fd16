package org.reassure.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, driven by Selenium with the driver given explicitly (nothing is downloaded). Where
 * Chromium is not installed the browser tests are skipped, unless REASSURE_REQUIRE_BROWSER=true (as in
 * CI), where its absence is a failure.
 */
public final class Chromium {

    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {}

    public static WebDriver start(boolean javascript) throws IOException {
        boolean available = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!available && "true".equalsIgnoreCase(System.getenv("REASSURE_REQUIRE_BROWSER"))) {
            throw new AssertionError(
                    "Chromium and chromedriver are required (REASSURE_REQUIRE_BROWSER=true) but not installed");
        }
        Assumptions.assumeTrue(available, "Debian chromium and chromium-driver are not installed");
        // .ci/run's second pass proves the external database, not the pages again: it runs without the browser.
        Assumptions.assumeFalse(
                "true".equalsIgnoreCase(System.getenv("REASSURE_SKIP_BROWSER")),
                "REASSURE_SKIP_BROWSER=true: the browser tests ran in the first pass");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1024",
                "--user-data-dir=" + Files.createTempDirectory("reassure-chromium"));
        if (!javascript) {
            // Chromium's own content setting, as a person switching JavaScript off in the browser would.
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Signs in to the service on this port as a demo account, starting from a clean set of cookies. */
    public static void signIn(WebDriver driver, int port, String username) {
        signIn(driver, "http://localhost:" + port, username);
    }

    /** Clicks a link or button that loads a new page, and waits until that page has been read to its end. */
    public static void clickThrough(WebDriver driver, By target) {
        WebElement element = driver.findElement(target);
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        waitForNextPage(driver, page);
    }

    /** Waits until the given page has gone and the next one is complete (its footer is there). */
    public static void waitForNextPage(WebDriver driver, WebElement oldPage) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        // The old page is gone once asking about it fails: Chromium says "stale" or "not in the document".
        wait.until(d -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        wait.until(d -> !d.findElements(By.cssSelector("footer.govuk-footer")).isEmpty());
    }

    /** Signs in with a demo account (password reassure-demo) as a fresh visitor, and waits for the next page. */
    public static void signIn(WebDriver driver, String baseUrl, String username) {
        driver.get(baseUrl + "/sign-in");
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/sign-in");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("reassure-demo");
        clickThrough(driver, By.cssSelector("main form button[type=submit]"));
        // The second step: a fresh code of the demo key, or a recovery code the tests hold when no step is free.
        Optional<String> code = Totp.freshCode(username);
        Optional<String> recovery = code.isPresent() ? Optional.empty() : Totp.recoveryCode(username);
        if (recovery.isPresent()) {
            driver.get(baseUrl + "/sign-in/second-factor/recovery");
        }
        driver.findElement(By.id("code"))
                .sendKeys(recovery.orElseGet(() -> code.orElseGet(() -> Totp.freshCodeWaiting(username))));
        clickThrough(driver, By.cssSelector("main form button[type=submit]"));
        if (driver.getCurrentUrl().contains("/sign-in/second-factor")) {
            driver.findElement(By.id("code")).sendKeys(Totp.freshCodeWaiting(username));
            clickThrough(driver, By.cssSelector("main form button[type=submit]"));
        }
    }

    /**
     * Opens each page and asserts axe-core finds no violation on it. A page with violations is kept as a screenshot
     * named after it (target/screenshots), as is every page when screenshots are asked for.
     */
    public static void checkPages(WebDriver driver, String baseUrl, List<String> paths, String prefix)
            throws IOException {
        for (String path : paths) {
            driver.get(baseUrl + path);
            List<String> violations = axeViolations(driver);
            String name = prefix + path.replaceAll("[^a-z0-9]+", "-");
            if (!violations.isEmpty()) {
                keepScreenshot(driver, name);
            }
            Assertions.assertThat(violations).as(prefix + " " + path).isEmpty();
            screenshot(driver, name);
        }
    }

    /** The axe-core violations on the current page, as readable lines (empty when there are none). */
    public static List<String> axeViolations(WebDriver driver) {
        // Our pages have no frames, so axe runs in the page itself (legacy mode) rather than in each frame and then in
        // a
        // window of its own: the same rules and results, in about 60% of the time. Only violations are needed, so
        // axe does not describe every passing element.
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        Results results =
                new AxeBuilder().withOptions(options).setLegacyMode(true).analyze(driver);
        return results.getViolations().stream().map(Chromium::describe).toList();
    }

    /**
     * Keeps a screenshot of the page when screenshots are asked for ({@code -Dreassure.screenshots=true}): taking one
     * of every page checked would cost minutes of each run.
     */
    public static void screenshot(WebDriver driver, String name) throws IOException {
        if (Boolean.getBoolean("reassure.screenshots")) {
            keepScreenshot(driver, name);
        }
    }

    private static void keepScreenshot(WebDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .toList();
    }
}
