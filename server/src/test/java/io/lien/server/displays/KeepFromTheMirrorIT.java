package io.lien.server.displays;

import io.lien.server.Browser;
import io.lien.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Save to my phone": the mirror's QR code opened on the shopper's own phone, signed out then in
 * (the garment waits for them), kept once however often it is scanned, taken out again; nothing
 * kept for an unknown garment.
 */
class KeepFromTheMirrorIT {

    private static final Path SHOTS = Path.of("..", "docs", "screenshots");
    private static ServerFixture server;

    @BeforeAll
    static void start() {
        server = ServerFixture.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aGarmentScannedSignedOutIsKeptAsSoonAsTheShopperSignsIn() {
        try (Browser phone = Browser.open(390, 844)) {
            phone.go(server.http("/save/p-coat-camel?size=38&store=demo&lang=fr").toString());
            assertTrue(phone.text().contains("Manteau en laine camel") && phone.text().contains("Taille 38.")
                    && phone.text().contains("Vu à la boutique de Paris"), phone.text());
            phone.screenshot(SHOTS.resolve("page-keep-signed-out-phone-fr.png"));
            phone.click("a[href^='/me/sign-in']");
            phone.driver().findElement(org.openqa.selenium.By.cssSelector("form[action='/me/sign-in/password'] input[name=email]"))
                    .sendKeys("hugo.b@example.org");
            phone.driver().findElement(org.openqa.selenium.By.cssSelector("form[action='/me/sign-in/password'] input[name=password]"))
                    .sendKeys("lien-demo");
            phone.click("form[action='/me/sign-in/password'] button");
            assertTrue(phone.text().contains("Gardé dans votre espace.") && phone.text().contains("Le manteau en laine camel (38) — Paris"),
                    phone.text());
            phone.screenshot(SHOTS.resolve("page-me-kept-phone-fr.png"));

            // scanned again, signed in this time: one button, and still once
            phone.go(server.http("/save/p-coat-camel?size=38&store=demo&lang=en").toString());
            assertTrue(phone.text().contains("Keep it in my space"), phone.text());
            phone.screenshot(SHOTS.resolve("page-keep-phone-en.png"));
            phone.click("form[action='/save/p-coat-camel'] button");
            assertEquals(1, count(phone.text(), "The camel wool coat (38)"), phone.text());

            phone.click("form[action^='/me/kept/'] button");
            assertFalse(phone.text().contains("The camel wool coat (38) —"), phone.text());
        }
    }

    @Test
    void anUnknownGarmentIsNotFoundAndNothingIsKept() {
        assertEquals(404, server.get("/save/p-nothing?size=38", null).statusCode());
        assertEquals(404, server.get("/save/" + "x".repeat(300), null).statusCode());
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
