package io.lien.server.insights;

import io.lien.server.Browser;
import io.lien.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A manager's month in headless Chromium, on a laptop, a tablet and a phone: signing in, the store's
 * page with its charts and heat map, the interactive hourly chart, a day's bar to its visits, the
 * garments, the other language; screenshots of each page in English and French.
 */
class InsightsBrowserIT {

    private static final Path SHOTS = Path.of("..", "docs", "screenshots");
    private static ServerFixture server;

    @BeforeAll
    static void start() throws Exception {
        server = ServerFixture.start(HistoryFixture.settings());
        LocalDate today = LocalDate.now(HistoryFixture.PARIS);
        HistoryFixture.send(server, HistoryFixture.demoPlan(server, "gw-history-browser", 45, 0.25, LocalTime.of(10, 0),
                LocalTime.of(19, 30), 20), today.minusDays(34), today.minusDays(1), 1);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aManagerReadsTheMonthOnALaptopAndFollowsABarToItsVisits() {
        try (Browser laptop = Browser.open(1280, 3000)) {
            signIn(laptop, "en");
            assertTrue(laptop.url().contains("/insights/stores/demo"), laptop.url());
            String text = laptop.text();
            assertTrue(text.contains("Where people go") && text.contains("From the rack") || text.contains("Garments"), text);
            await().atMost(Duration.ofSeconds(10)).until(() -> "1".equals(laptop.find("#series").getAttribute("data-ready")));
            assertTrue(laptop.driver().findElements(By.cssSelector("#series canvas")).size() > 0, "uPlot drew the hourly series");
            assertTrue(laptop.driver().findElements(By.cssSelector("svg.heat rect")).size() > 6, "the heat map has its areas");
            assertEquals(0L, ((JavascriptExecutor) laptop.driver()).executeScript(
                    "return document.querySelectorAll('script:not([src])').length + 0"), "no inline script (the CSP forbids it)");
            laptop.screenshot(SHOTS.resolve("insights-store-en.png"));

            laptop.click("svg.chart a");
            assertTrue(laptop.url().contains("/visits?") && laptop.url().contains("&day="), laptop.url());
            assertTrue(laptop.text().contains("No name and no identifier here"), laptop.text());
            laptop.screenshot(SHOTS.resolve("insights-visits-en.png"));

            laptop.click("nav.tabs a[href*='/garments']");
            assertTrue(laptop.text().contains("From the rack to the till") && laptop.text().contains("Per collection"), laptop.text());
            laptop.screenshot(SHOTS.resolve("insights-garments-en.png"));

            laptop.click("nav.tabs a[href*='/team']");
            assertTrue(laptop.text().contains("After a visit, on every channel"), laptop.text());
            laptop.screenshot(SHOTS.resolve("insights-team-en.png"));
            laptop.click("a[hreflang=fr]");
            assertTrue(laptop.text().contains("Après une visite, sur chaque canal"), laptop.text());
            laptop.screenshot(SHOTS.resolve("insights-team-fr.png"));
            laptop.click("nav.tabs a[href*='/garments']");
            assertTrue(laptop.text().contains("Du portant à la caisse"), laptop.text());
            laptop.screenshot(SHOTS.resolve("insights-garments-fr.png"));
            laptop.click("nav.tabs a[aria-current]");
            laptop.click("nav.tabs a");
            assertTrue(laptop.text().contains("Où vont les gens"), laptop.text());
            laptop.screenshot(SHOTS.resolve("insights-store-fr.png"));
            laptop.click("svg.chart a");
            assertTrue(laptop.text().contains("Ni nom ni identifiant ici"), laptop.text());
            laptop.screenshot(SHOTS.resolve("insights-visits-fr.png"));
            laptop.click("nav.tabs a[href^='/insights/mine']");
            assertTrue(laptop.text().contains("Mes 2 boutiques"), laptop.text());
            laptop.screenshot(SHOTS.resolve("insights-mine-fr.png"));
            laptop.click("a[hreflang=en]");
            assertTrue(laptop.text().contains("My 2 stores"), laptop.text());
            laptop.screenshot(SHOTS.resolve("insights-mine-en.png"));
        }
    }

    @Test
    void theStorePageReadsOnATabletAndAPhone() {
        try (Browser tablet = Browser.open(820, 2600)) {
            signIn(tablet, "fr");
            assertTrue(tablet.text().contains("Visites par jour"), tablet.text());
            assertTrue(noSidewaysScroll(tablet), "the page fits a tablet's width");
            tablet.screenshot(SHOTS.resolve("insights-store-tablet-fr.png"));
            tablet.click("nav.tabs a[href*='/team']");
            assertTrue(noSidewaysScroll(tablet), "the team page fits a tablet's width");
            tablet.screenshot(SHOTS.resolve("insights-team-tablet-fr.png"));
        }
        try (Browser phone = Browser.open(390, 3400)) {
            signIn(phone, "en");
            assertTrue(phone.text().contains("Visits per day"), phone.text());
            assertTrue(noSidewaysScroll(phone), "the page fits a phone's width");
            phone.screenshot(SHOTS.resolve("insights-store-phone-en.png"));
            phone.go(server.http("/insights/sign-in?lang=en").toString());
            phone.screenshot(SHOTS.resolve("insights-sign-in-en.png"));
            phone.go(server.http("/insights/sign-in?lang=fr").toString());
            assertTrue(phone.text().contains("Les chiffres de votre boutique"), phone.text());
            phone.screenshot(SHOTS.resolve("insights-sign-in-fr.png"));
        }
    }

    private static void signIn(Browser browser, String lang) {
        browser.go(server.http("/insights?lang=" + lang).toString());
        browser.type("username", "marc").type("password", "lien-demo").click("form.checkout button[type=submit]");
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.url().contains("/insights/stores/demo"));
    }

    private static boolean noSidewaysScroll(Browser browser) {
        Object wider = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        return ((Number) wider).longValue() <= 1;
    }
}
