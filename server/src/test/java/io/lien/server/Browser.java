package io.lien.server;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * A real browser for click-through tests: Debian's chromium, headless, driven by its chromedriver
 * through Selenium — set explicitly, so Selenium Manager never downloads one. A fresh profile each
 * time; {@code width}×{@code height} as a phone or a laptop shows the page.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser open(int width, int height) {
        try {
            Path profile = Files.createTempDirectory("lien-selenium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(Chromium.binary().toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverBinary()).usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File driverBinary() {
        File driver = new File("/usr/bin/chromedriver");
        if (!driver.canExecute()) {
            throw new AssertionError("No chromedriver on this machine: apt-get install -y chromium-driver (bash .ci/run does)");
        }
        return driver;
    }

    public Browser go(String url) {
        driver.get(url);
        return this;
    }

    public WebElement find(String css) {
        settle();
        return driver.findElement(By.cssSelector(css));
    }

    /** The page's text, once it has loaded (a click that posts a form lands on the next page a moment later). */
    public String text() {
        for (int attempt = 0; ; attempt++) {
            settle();
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (org.openqa.selenium.WebDriverException e) {
                // the page went on (a redirect, a live page redrawn) between finding its body and reading it
                if (!replaced(e) || attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /**
     * Whether an element was replaced by the page going on: Selenium's stale element, or the same said by Chrome as an
     * unknown error ("Node with given id does not belong to the document"), as Chrome 156 sometimes does.
     */
    public static boolean replaced(org.openqa.selenium.WebDriverException e) {
        return e instanceof org.openqa.selenium.StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    private void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.tagName("body")).isEmpty()
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Types into the field named {@code name}, replacing what was there. */
    public Browser type(String name, String value) {
        settle();
        // the next page may still be loading after a click that navigated: wait for its field
        WebElement field = new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.name(name)).stream().findFirst().orElse(null));
        field.clear();
        field.sendKeys(value);
        return this;
    }

    public Browser click(String css) {
        settle();
        find(css).click();
        return this;
    }

    /** What the screen shows now, as a PNG in {@code png}. */
    public void screenshot(Path png) {
        settle();
        try {
            Files.createDirectories(png.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), png, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind harms nothing
        }
    }
}
