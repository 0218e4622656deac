package io.lien.server.displays;

import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.Browser;
import io.lien.server.GatewayFixture;
import io.lien.server.ServerFixture;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fitting rooms' mirror in headless Chromium, as its kiosk shows it: a garment arrives, the
 * shopper taps another size, the tablet hears it, Léa takes it, and the mirror says so without a
 * reload; the language switch, the reset for the next shopper, and "offline" when the server goes.
 */
class MirrorBrowserIT {

    private static final Path SHOTS = Path.of("..", "docs", "screenshots");

    @Test
    void aTapAtTheMirrorReachesTheTabletAndTheAdvisorsAnswerComesBackToTheMirror() throws Exception {
        ServerFixture server = ServerFixture.start(Map.of("lien.displays.mirror-reset", "15s"));
        GatewayFixture gateway = GatewayFixture.connect(server, "gw-mirror-browser");
        try (Browser mirror = Browser.open(1080, 1600)) {
            mirror.go(server.http("/fixtures/mirror-1/start?pass=" + MirrorScreenFixture.DEMO_PASS).toString());
            assertTrue(mirror.url().endsWith("/fixtures/mirror-1"), "the pass left the address bar: " + mirror.url());
            assertTrue(mirror.text().contains("Entrez en cabine avec un vêtement"), mirror.text());

            gateway.send(new UplinkEvent.HangerZoneChanged("h-007", "r-fit-1", "fitting-1", "enter"));
            gateway.send(new UplinkEvent.HangerZoneChanged("h-021", "r-fit-1", "fitting-1", "enter"));
            await().atMost(Duration.ofSeconds(10)).until(() -> mirror.text().contains("Manteau en laine camel")
                    && mirror.text().contains("Robe portefeuille émeraude"));

            String lea = server.token("lea", "lien-demo");
            try (ServerFixture.SseRecorder tablet = server.sse("/api/stores/demo/moments/stream", lea, null)) {
                click(mirror, "#g-h-007 form.sizes-to-ask button[value='40']");
                await().atMost(Duration.ofSeconds(5)).until(() -> mirror.text().contains("Vous avez demandé le 40 : l'équipe est prévenue"));
                await().atMost(Duration.ofSeconds(5)).until(() -> tablet.any("\"kind\":\"SIZE_REQUEST\""));
                assertTrue(tablet.data.stream().anyMatch(d -> d.contains("\"kind\":\"SIZE_REQUEST\"") && d.contains("40")), tablet.data.toString());
                long asked = DisplaysIT.momentId(tablet, "SIZE_REQUEST");
                assertEquals(201, server.post("/api/stores/demo/moments/" + asked + "/claim", lea, "").statusCode());
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> mirror.text().contains("Léa vous apporte le 40"));
            assertTrue(mirror.url().endsWith("/fixtures/mirror-1"), "no reload, no navigation: " + mirror.url());
            mirror.screenshot(SHOTS.resolve("mirror-page-fr.png"));
            click(mirror, "#save-h-007 summary");
            mirror.screenshot(SHOTS.resolve("mirror-page-qr-fr.png"));
            await().ignoreExceptionsMatching(e -> e instanceof org.openqa.selenium.WebDriverException w && Browser.replaced(w)).atMost(Duration.ofSeconds(5))
                    .until(() -> mirror.find("#save-h-007 svg.qr path").getAttribute("d").length() > 500);

            click(mirror, "a[hreflang=en]");
            await().atMost(Duration.ofSeconds(5)).until(() -> mirror.text().contains("Léa is bringing the 40"));
            assertTrue(mirror.text().contains("Camel wool coat") && mirror.text().contains("Another size? Tap it"), mirror.text());
            mirror.screenshot(SHOTS.resolve("mirror-page-en.png"));
            click(mirror, "#save-h-007 summary");
            mirror.screenshot(SHOTS.resolve("mirror-page-qr-en.png"));

            // left untouched, the mirror goes back to the store's language and forgets the last shopper's request
            await().atMost(Duration.ofSeconds(40)).until(() -> mirror.text().contains("Manteau en laine camel")
                    && !mirror.text().contains("Léa vous apporte le 40") && !mirror.text().contains("Léa is bringing"));

            // no shopper's name anywhere on the screen
            for (String name : new String[]{"Camille", "Sophie", "Hugo", "Amara", "Jules", "Laurent", "Martin", "Bernard", "Diallo"}) {
                assertFalse(mirror.text().contains(name), name + " on the mirror: " + mirror.text());
            }

            click(mirror, "a[hreflang=en]");
            await().atMost(Duration.ofSeconds(5)).until(() -> mirror.text().contains("Camel wool coat"));
            gateway.close();
            server.close();
            await().atMost(Duration.ofSeconds(60)).until(() -> mirror.text().contains("Offline — an advisor can still help you."));
            assertTrue(mirror.text().contains("Camel wool coat"), "the last screen stays: " + mirror.text());
            mirror.screenshot(SHOTS.resolve("mirror-page-offline-en.png"));
        } finally {
            server.close();
        }
    }

    /** The screen is redrawn live (SSE): an element found a moment ago may have been replaced; find it again. */
    private static void click(Browser browser, String css) {
        await().ignoreExceptionsMatching(e -> e instanceof org.openqa.selenium.WebDriverException w && Browser.replaced(w)).atMost(Duration.ofSeconds(5))
                .until(() -> {
                    browser.click(css);
                    return true;
                });
    }
}
