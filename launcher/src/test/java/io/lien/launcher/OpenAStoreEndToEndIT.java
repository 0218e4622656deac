package io.lien.launcher;

import io.lien.app.api.Dtos;
import io.lien.app.api.HttpLienApi;
import io.lien.app.api.LienApi;
import io.lien.gateway.EdgeGateway;
import io.lien.gateway.GatewayConfig;
import io.lien.server.Application;
import io.lien.server.Browser;
import io.lien.server.mqtt.BrokerAddress;
import io.lien.sim.MqttDeviceLink;
import io.lien.sim.Scenario;
import io.lien.sim.Shopper;
import io.lien.sim.Simulator;
import io.lien.sim.Step;
import io.lien.sim.StoreLayout;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proof that Lien is usable beyond its demo: from an empty database with the demo off, in a real browser,
 * head office opens a store and imports a catalogue, its manager draws zones and places beacons, onboards a
 * hanger rack, a reader and a mirror, invites an advisor who signs in with the tablet app's own client — and
 * the simulator's devices, with the secrets the back office gave them, then make moments in that store.
 * Screenshots of every back-office page, in English and French, go to docs/screenshots.
 */
class OpenAStoreEndToEndIT {

    private static final Path SHOTS = Path.of("..", "docs", "screenshots");
    private static final String STORE = "lille";

    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    @Test
    void aStoreSetUpInTheBackOfficeFromNothingMakesMomentsOnItsAdvisorsTablet() throws Exception {
        Path data = Files.createTempDirectory("lien-open-a-store");
        Map<String, Object> props = new HashMap<>();
        props.put("lien.data-dir", data.toString());
        props.put("lien.demo.enabled", false);
        props.put("lien.mqtt.embedded-port", 0);
        props.put("micronaut.server.port", -1);
        props.put("lien.mqtt.client-id", "lien-server-open-" + ProcessHandle.current().pid());
        ApplicationContext server = Application.start(props);
        String base = "http://127.0.0.1:" + server.getBean(EmbeddedServer.class).getPort();
        String adminPassword = Files.readString(data.resolve("initial-admin-password")).strip();
        Path catalogue = Files.writeString(data.resolve("catalogue-lille.csv"), String.join("\n",
                "product_id;size;colour;category;collection;price;image_url;name_en;name_fr",
                "lil-blazer;36;sand;jacket;summer;240,00;https://img.example.org/blazer.jpg;the sand linen blazer;la veste en lin sable",
                "lil-blazer;38;sand;jacket;summer;240,00;https://img.example.org/blazer.jpg;the sand linen blazer;la veste en lin sable",
                "lil-blazer;40;sand;jacket;summer;240,00;https://img.example.org/blazer.jpg;the sand linen blazer;la veste en lin sable",
                "lil-blazer;42;sand;jacket;summer;240,00;https://img.example.org/blazer.jpg;the sand linen blazer;la veste en lin sable",
                "lil-blazer;44;sand;jacket;summer;240,00;https://img.example.org/blazer.jpg;the sand linen blazer;la veste en lin sable",
                "lil-tee;S;white;top;basics;35;;the white tee;le tee-shirt blanc",
                "lil-tee;M;white;top;basics;35;;the white tee;le tee-shirt blanc",
                "lil-bad;M;;top;;free;;the free tee;le tee-shirt gratuit") + "\n", StandardCharsets.UTF_8);
        EdgeGateway gateway = null;
        Simulator simulator = null;
        LienApi.MomentSubscription feed = null;
        try (Browser laptop = Browser.open(1280, 900)) {
            String managerLink = headOfficeOpensTheStore(laptop, base, adminPassword, catalogue);
            String advisorLink = theManagerSetsItUp(laptop, base, managerLink);
            choosePassword(laptop, base, advisorLink, "nina's own password");

            HttpLienApi tablet = new HttpLienApi(URI.create(base));
            Dtos.Token token = tablet.signIn("nina", "nina's own password");
            assertTrue(token != null);
            assertEquals(STORE, tablet.me().storeId());
            List<Dtos.Moment> moments = new CopyOnWriteArrayList<>();
            feed = tablet.moments(STORE, moments::add, state -> { });

            // the store's box: its credentials for the central broker issued on the devices page, the secret shown once
            laptop.go(base + "/office/sign-in?lang=en");
            laptop.type("username", "claire").type("password", "claire's own password").click("form.checkout button[type=submit]");
            arrives(laptop, "/office/stores/" + STORE);
            laptop.go(base + "/office/stores/" + STORE + "/devices?lang=en");
            laptop.find("form[action='/office/stores/lille/gateways'] input[name=gatewayId]").sendKeys("gw-lille");
            laptop.click("form[action='/office/stores/lille/gateways'] button[type=submit]");
            String gatewaySecret = appears(laptop, "[data-secret='gw-lille@lille']").getText().strip();
            laptop.screenshot(SHOTS.resolve("office-gateway-secret-en.png"));
            gateway = EdgeGateway.start(GatewayConfig.of(STORE, "gw-lille", server.getBean(BrokerAddress.class).uri(),
                    data.resolve("gateway")).withEmbeddedLan("127.0.0.1", 0).withSessionExpiry(60).withUplinkSecret(gatewaySecret));
            laptop.go(base + "/office/stores/" + STORE + "/devices?lang=fr");
            laptop.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", appears(laptop, "[data-gateway-row=gw-lille]"));
            laptop.screenshot(SHOTS.resolve("office-gateways-fr.png"));
            // a second rack dressed while the gateway runs: it takes the new hangers without a restart
            laptop.go(base + "/office/stores/" + STORE + "/racks?lang=en");
            fill(laptop, "form[action='/office/stores/lille/racks']", Map.of("hangers", "lil-h-011..lil-h-012", "sizes", "S-M", "colour", ""));
            new Select(laptop.find("form[action='/office/stores/lille/racks'] select[name=productId]")).selectByValue("lil-tee");
            new Select(laptop.find("form[action='/office/stores/lille/racks'] select[name=zoneId]")).selectByValue("lil-floor");
            laptop.click("form[action='/office/stores/lille/racks'] button[type=submit]");
            readSecrets(appears(laptop, "[data-secrets]").getText());
            assertTrue(secrets.containsKey("lil-h-012"), secrets.toString());
            simulator = new Simulator(new MqttDeviceLink(gateway.lanUri(), id -> secrets.getOrDefault(id, "unknown")), scenario(),
                    7, 4.0, false).start();

            await().atMost(Duration.ofSeconds(90)).until(() -> moments.stream().anyMatch(m -> m.text().contains("sand linen blazer")
                    && m.kind().equals("HELP")));
            await().atMost(Duration.ofSeconds(90)).until(() -> moments.stream().anyMatch(m -> m.kind().equals("ADVISOR_CALL")));
            assertTrue(moments.stream().allMatch(m -> m.storeId().equals(STORE)), moments.toString());
            assertTrue(moments.stream().anyMatch(m -> m.kind().equals("LIFT") && m.text().contains("(38)")), moments.toString());
            await().atMost(Duration.ofSeconds(60)).until(() -> moments.stream().anyMatch(m -> m.kind().equals("LIFT")
                    && m.text().contains("white tee")));

            // the devices came alive in the back office
            laptop.go(base + "/office/sign-in?lang=en");
            laptop.type("username", "claire").type("password", "claire's own password").click("form.checkout button[type=submit]");
            arrives(laptop, "/office/stores/" + STORE);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                laptop.go(base + "/office/stores/" + STORE + "/devices?lang=en");
                return laptop.find("[data-device-row=lil-r-fit1] [data-state]").getAttribute("data-state").equals("alive")
                        && laptop.find("[data-device-row=lil-mirror] [data-state]").getAttribute("data-state").equals("alive");
            });
            laptop.screenshot(SHOTS.resolve("office-devices-alive-en.png"));
        } finally {
            if (feed != null) {
                feed.close();
            }
            if (simulator != null) {
                simulator.close();
            }
            if (gateway != null) {
                gateway.close();
            }
            server.close();
        }
    }

    /** Head office: signs in with the first administrator's password, opens Lille, imports the catalogue, invites its manager. */
    private String headOfficeOpensTheStore(Browser b, String base, String adminPassword, Path catalogue) {
        b.go(base + "/office/sign-in?lang=fr");
        b.screenshot(SHOTS.resolve("office-sign-in-fr.png"));
        b.go(base + "/office/sign-in?lang=en");
        b.screenshot(SHOTS.resolve("office-sign-in-en.png"));
        b.type("username", "admin").type("password", adminPassword).click("form.checkout button[type=submit]");
        shows(b, "Open a store");

        fill(b, "form[action='/office/stores']", Map.of("id", STORE, "name", "Lien Lille — Vieux-Lille", "city", "Lille",
                "timeZone", "Europe/Paris", "openingHours", "mon closed; tue-sat 10:00-19:00; sun 14:00-18:00"));
        new Select(b.find("form[action='/office/stores'] select[name=language]")).selectByValue("fr");
        b.click("form[action='/office/stores'] button[type=submit]");
        arrives(b, "/office/stores/" + STORE);

        b.go(base + "/office/catalogue?lang=en");
        b.find("form[data-upload] input[type=file]").sendKeys(catalogue.toAbsolutePath().toString());
        b.click("form[data-upload] button[type=submit]");
        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> d.findElement(By.cssSelector("form[data-upload]"))
                .getAttribute("data-finished") != null);
        String status = b.find("[data-status]").getText();
        assertTrue(status.contains("8 rows") && status.contains("7 written") && status.contains("1 refused"), status);
        b.screenshot(SHOTS.resolve("office-catalogue-progress-en.png"));
        await().atMost(Duration.ofSeconds(10)).until(() -> b.driver().findElements(By.cssSelector("[data-job]")).size() == 1);
        b.screenshot(SHOTS.resolve("office-catalogue-en.png"));
        b.go(base + "/office/catalogue?lang=fr");
        b.screenshot(SHOTS.resolve("office-catalogue-fr.png"));

        b.go(base + "/office/stores/" + STORE + "/staff?lang=en");
        fill(b, "form[action='/office/stores/lille/staff']", Map.of("username", "claire", "name", "Claire Vasseur", "email", ""));
        new Select(b.find("form[action='/office/stores/lille/staff'] select[name=role]")).selectByValue("MANAGER");
        b.click("form[action='/office/stores/lille/staff'] button[type=submit]");
        String link = appears(b, "[data-link=claire]").getText();
        b.screenshot(SHOTS.resolve("office-staff-link-en.png"));

        b.go(base + "/office?lang=en");
        b.screenshot(SHOTS.resolve("office-home-en.png"));
        b.go(base + "/office?lang=fr");
        b.screenshot(SHOTS.resolve("office-home-fr.png"));
        guessPasswords(base, "someone-guessing", 6); // a lock, as head office's log shows it
        for (String lang : List.of("en", "fr")) {
            b.go(base + "/office/people?lang=" + lang);
            b.screenshot(SHOTS.resolve("office-people-" + lang + ".png"));
            b.go(base + "/office/log?lang=" + lang);
            appears(b, "#locks");
            assertTrue(b.text().contains("someone-guessing"), "the lock is on head office's log");
            b.screenshot(SHOTS.resolve("office-log-all-" + lang + ".png"));
        }
        signOut(b);
        return link;
    }

    /** The manager: chooses a password, draws the plan and the zones, places beacons, onboards devices, dresses a rack, invites an advisor. */
    private String theManagerSetsItUp(Browser b, String base, String link) {
        choosePassword(b, base, link, "claire's own password");
        b.go(base + "/office/sign-in?lang=fr");
        b.type("username", "claire").type("password", "claire's own password").click("form.checkout button[type=submit]");
        arrives(b, "/office/stores/" + STORE);

        fill(b, "form[action='/office/stores/lille/plan']", Map.of("outline", "0 0, 24 0, 24 12, 0 12"));
        b.click("form[action='/office/stores/lille/plan'] button[type=submit]");
        arrives(b, "done=plan");
        // the entrance drawn on the plan with the finger, the rest typed
        b.click("form[data-draw=zone] [data-draw-start]");
        for (double[] corner : new double[][]{{0, 0}, {6, 0}, {6, 12}, {0, 12}}) {
            clickPlan(b, corner[0], corner[1], 24, 12);
        }
        String drawn = b.find("form[data-draw=zone] textarea[name=shape]").getAttribute("value");
        assertTrue(drawn.startsWith("0 0, 6 0,") || drawn.matches("0(\\.\\d)? 0(\\.\\d)?, [56](\\.\\d)? 0(\\.\\d)?,.*"), drawn);
        zone(b, "lil-entrance", "L'entrée", "The entrance", "entrance", "", null);
        zone(b, "lil-floor", "La boutique", "The shop floor", "floor", "", "6 0, 16 0, 16 12, 6 12");
        zone(b, "lil-fitting", "Les cabines", "The fitting rooms", "floor", "", "16 0, 24 0, 24 12, 16 12");
        zone(b, "lil-fitting-1", "La cabine 1", "Fitting room 1", "fitting-room", "lil-fitting", "16 0, 24 0, 24 6, 16 6");
        b.screenshot(SHOTS.resolve("office-store-fr.png"));
        b.go(base + "/office/stores/" + STORE + "?lang=en");
        b.screenshot(SHOTS.resolve("office-store-en.png"));

        b.go(base + "/office/stores/" + STORE + "/devices?lang=fr");
        // a beacon placed by tapping the plan: the place lands in the form
        device(b, "lil-b-entrance", "beacon", "lil-entrance", null, null, null);
        device(b, "lil-b-floor", "beacon", "lil-floor", "11", "6", null);
        device(b, "lil-b-fitting", "beacon", "lil-fitting", "20", "6", null);
        device(b, "lil-r-fit1", "reader", "lil-fitting-1", "20", "3", null);
        device(b, "lil-mirror", "fixture", "lil-fitting", "22", "9", "smart-mirror");
        b.screenshot(SHOTS.resolve("office-device-secret-fr.png"));
        b.go(base + "/office/stores/" + STORE + "/devices?lang=fr");
        b.screenshot(SHOTS.resolve("office-devices-fr.png"));
        b.go(base + "/office/stores/" + STORE + "/devices?lang=en");
        b.screenshot(SHOTS.resolve("office-devices-en.png"));

        b.go(base + "/office/stores/" + STORE + "/racks?lang=en");
        fill(b, "form[action='/office/stores/lille/racks']", Map.of("hangers", "lil-h-001..lil-h-010", "sizes", "36-44", "colour", ""));
        new Select(b.find("form[action='/office/stores/lille/racks'] select[name=productId]")).selectByValue("lil-blazer");
        new Select(b.find("form[action='/office/stores/lille/racks'] select[name=zoneId]")).selectByValue("lil-floor");
        b.click("form[action='/office/stores/lille/racks'] button[type=submit]");
        String lines = appears(b, "[data-secrets]").getText();
        readSecrets(lines);
        assertTrue(secrets.keySet().containsAll(List.of("lil-h-001", "lil-h-010")), lines);
        b.screenshot(SHOTS.resolve("office-rack-secrets-en.png"));
        b.go(base + "/office/stores/" + STORE + "/racks?lang=fr");
        b.screenshot(SHOTS.resolve("office-racks-fr.png"));
        b.go(base + "/office/stores/" + STORE + "/racks?lang=en");
        b.screenshot(SHOTS.resolve("office-racks-en.png"));

        b.go(base + "/office/stores/" + STORE + "/staff?lang=fr");
        fill(b, "form[action='/office/stores/lille/staff']", Map.of("username", "nina", "name", "Nina Carpentier", "email", ""));
        b.click("form[action='/office/stores/lille/staff'] button[type=submit]");
        String advisorLink = appears(b, "[data-link=nina]").getText();
        b.screenshot(SHOTS.resolve("office-staff-link-fr.png"));
        for (String lang : List.of("en", "fr")) {
            b.go(base + "/office/stores/" + STORE + "/staff?lang=" + lang);
            b.screenshot(SHOTS.resolve("office-staff-" + lang + ".png"));
            b.go(base + "/office/stores/" + STORE + "/log?lang=" + lang);
            b.screenshot(SHOTS.resolve("office-log-" + lang + ".png"));
        }
        try (Browser tablet = Browser.open(800, 1280)) {
            // what a manager standing in the store sees, in portrait: the same session is not shared, so sign in again
            tablet.go(base + "/office/sign-in?lang=fr");
            tablet.type("username", "claire").type("password", "claire's own password").click("form.checkout button[type=submit]");
            arrives(tablet, "/office/stores/" + STORE);
            tablet.go(base + "/office/stores/" + STORE + "/devices?lang=fr");
            Object sideways = ((org.openqa.selenium.JavascriptExecutor) tablet.driver())
                    .executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
            assertEquals(Boolean.FALSE, sideways, "no sideways scrolling on a tablet in portrait");
            tablet.screenshot(SHOTS.resolve("office-devices-tablet-fr.png"));
        }
        signOut(b);
        return advisorLink;
    }

    private static void signOut(Browser b) {
        b.click("form.sign-out button");
        arrives(b, "/office/sign-in");
    }

    /** Waits for an element of the page a click leads to. */
    private static WebElement appears(Browser b, String css) {
        return new WebDriverWait(b.driver(), Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector(css)).stream().findFirst()
                .orElse(null));
    }

    /** Waits for the page a click leads to to say {@code text}. */
    private static void shows(Browser b, String text) {
        try {
            new WebDriverWait(b.driver(), Duration.ofSeconds(15)).until(d -> {
                try {
                    return d.findElement(By.tagName("body")).getText().contains(text);
                } catch (org.openqa.selenium.WebDriverException e) {
                    if (!Browser.replaced(e)) {
                        throw e;
                    }
                    return false; // the page is still loading
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("'" + text + "' never shown at " + b.url() + ": " + b.text(), e);
        }
    }

    /** Waits for the page a click leads to (the click returns before the browser has navigated). */
    private static void arrives(Browser b, String path) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains(path));
    }

    private void readSecrets(String lines) {
        for (String line : lines.split("\n")) {
            String[] idSecret = line.split(",");
            if (idSecret.length == 2 && !idSecret[0].equals("hanger")) {
                secrets.put(idSecret[0], idSecret[1]);
            }
        }
    }

    private void choosePassword(Browser b, String base, String link, String password) {
        String path = link.substring(link.indexOf("/welcome/"));
        boolean advisor = password.startsWith("nina");
        b.go(base + path + "?lang=" + (advisor ? "en" : "fr"));
        b.screenshot(SHOTS.resolve(advisor ? "welcome-en.png" : "welcome-fr.png"));
        b.type("password", password).type("again", password).click("form.checkout button[type=submit]");
        shows(b, advisor ? "All set" : "C'est prêt");
        b.screenshot(SHOTS.resolve(advisor ? "welcome-chosen-en.png" : "welcome-chosen-fr.png"));
    }

    private static void zone(Browser b, String id, String fr, String en, String kind, String parent, String shape) {
        String form = "form[action='/office/stores/lille/zones']";
        fill(b, form, Map.of("zoneId", id, "name_fr", fr, "name_en", en));
        if (shape != null) {
            fill(b, form, Map.of("shape", shape));
        }
        new Select(b.find(form + " select[name=kind]")).selectByValue(kind);
        new Select(b.find(form + " select[name=parentId]")).selectByValue(parent);
        b.click(form + " button[type=submit]");
        appears(b, "[data-zone-row='" + id + "']");
    }

    /** Registers a device; a beacon without a typed place is placed by tapping the middle of its zone on the plan. */
    private void device(Browser b, String id, String kind, String zone, String x, String y, String fixtureKind) {
        String form = "form[action='/office/stores/lille/devices']";
        fill(b, form, Map.of("deviceId", id));
        new Select(b.find(form + " select[name=kind]")).selectByValue(kind);
        new Select(b.find(form + " select[name=zoneId]")).selectByValue(zone);
        new Select(b.find(form + " select[name=fixtureKind]")).selectByValue(fixtureKind == null ? "" : fixtureKind);
        if (x == null) {
            clickPlan(b, 3, 6, 24, 12);
            String placedX = b.find(form + " input[name=x]").getAttribute("value");
            assertTrue(Math.abs(Double.parseDouble(placedX) - 3) < 0.5, "placed by a tap: " + placedX);
        } else {
            fill(b, form, Map.of("x", x, "y", y));
        }
        b.click(form + " button[type=submit]");
        secrets.put(id, appears(b, "[data-secret='" + id + "']").getText());
    }

    private static void fill(Browser b, String form, Map<String, String> values) {
        values.forEach((name, value) -> {
            WebElement field = b.find(form + " [name=" + name + "]");
            field.clear();
            if (!value.isEmpty()) {
                field.sendKeys(value);
            }
        });
    }

    /** Taps the plan at (x, y) metres: the SVG keeps its aspect (viewBox with a 4 % margin, centred). */
    private static void clickPlan(Browser b, double x, double y, double width, double depth) {
        WebElement svg = b.find("svg[data-plan]");
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", svg);
        double margin = Math.max(width, depth) * 0.04;
        double vw = width + 2 * margin;
        double vh = depth + 2 * margin;
        int w = svg.getRect().getWidth();
        int h = svg.getRect().getHeight();
        double scale = Math.min(w / vw, h / vh);
        double px = (w - vw * scale) / 2 + (x + margin) * scale;
        double py = (h - vh * scale) / 2 + (y + margin) * scale;
        new org.openqa.selenium.interactions.Actions(b.driver()).moveToElement(svg, (int) Math.round(px - w / 2.0),
                (int) Math.round(py - h / 2.0)).click().perform();
    }

    /** The store as the simulator plays it: the same ids and places the back office was given. */
    private static Scenario scenario() {
        StoreLayout layout = new StoreLayout(STORE,
                List.of(new StoreLayout.Zone("lil-entrance", 3, 6, "lil-b-entrance"), new StoreLayout.Zone("lil-floor", 11, 6, "lil-b-floor"),
                        new StoreLayout.Zone("lil-fitting", 20, 6, "lil-b-fitting"), new StoreLayout.Zone("lil-fitting-1", 20, 3, null)),
                List.of(new StoreLayout.Rack("lil-floor", java.util.stream.IntStream.rangeClosed(1, 12)
                        .mapToObj(i -> String.format("lil-h-%03d", i)).toList())),
                List.of(new StoreLayout.Reader("lil-r-fit1", "lil-fitting-1")), List.of("lil-mirror"));
        Shopper shopper = new Shopper("visitor", "inst-lille-1", 2, 3, 6, List.of(new Step.WalkTo("lil-floor"), new Step.Wait(8),
                new Step.Lift("lil-h-003"), new Step.Wait(4), new Step.Press("lil-h-003", "help"), new Step.Wait(6),
                new Step.WalkTo("lil-fitting-1"), new Step.Wait(20), new Step.Tap("lil-mirror", "call-advisor", "lil-h-003", "38"),
                new Step.Wait(10), new Step.WalkTo("lil-floor"), new Step.PutBack("lil-h-003"), new Step.Wait(4),
                new Step.Lift("lil-h-012"), new Step.Wait(6), new Step.PutBack("lil-h-012"), new Step.WalkTo("lil-entrance"),
                new Step.Leave()));
        return new Scenario() {
            public StoreLayout layout() {
                return layout;
            }

            public List<Shopper> shoppers(long round) {
                return List.of(shopper);
            }
        };
    }

    /** Wrong passwords for {@code name} on {@code /login}, as someone guessing would send them. */
    private static void guessPasswords(String base, String name, int times) {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < times; i++) {
            http.sendAsync(java.net.http.HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"username\":\"" + name + "\",\"password\":\"guess-" + i + "\"}"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.discarding()).join();
        }
    }
}
