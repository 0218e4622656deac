package io.lien.server.setup;

import io.lien.server.ServerFixture;
import io.lien.server.registry.DeviceRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The back office's pages over HTTP, as a browser without script would use them: signing in (head office, a
 * manager, not an advisor), every page drawn, forms that change the store, refusals shown on the page, forms
 * from another site refused, and a link to choose one's password.
 */
class BackOfficePagesIT {

    private static ServerFixture server;

    @BeforeAll
    static void start() {
        server = ServerFixture.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A browser: its own cookies. */
    static final class Visitor {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
        private final ServerFixture at;

        Visitor() {
            this(server);
        }

        Visitor(ServerFixture at) {
            this.at = at;
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(at.http(path)).GET().build());
        }

        HttpResponse<String> post(String path, Map<String, String> form, String origin) {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            HttpRequest.Builder b = HttpRequest.newBuilder(at.http(path)).header("Content-Type", "application/x-www-form-urlencoded");
            if (origin != null) {
                b.header("Origin", origin);
            }
            return send(b.POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            return post(path, form, null);
        }

        HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        Visitor signIn(String user) {
            HttpResponse<String> r = post("/office/sign-in", Map.of("username", user, "password", "lien-demo", "lang", "en"));
            assertEquals(303, r.statusCode(), r.body());
            return this;
        }
    }

    private static Map<String, String> form(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        m.putIfAbsent("lang", "en");
        return m;
    }

    @Test
    void headOfficeSeesEveryStoreAndEveryPageIsDrawnInBothLanguages() {
        Visitor ines = new Visitor().signIn("ines");
        HttpResponse<String> home = ines.get("/office?lang=en");
        assertEquals(200, home.statusCode(), home.body());
        assertTrue(home.body().contains("data-store=\"demo\"") && home.body().contains("data-store=\"demo-lyon\""), home.body());
        for (String path : new String[]{"/office", "/office/catalogue", "/office/people", "/office/log", "/office/stores/demo",
                "/office/stores/demo/devices", "/office/stores/demo/racks", "/office/stores/demo/staff", "/office/stores/demo/log"}) {
            for (String lang : new String[]{"en", "fr"}) {
                HttpResponse<String> page = ines.get(path + "?lang=" + lang);
                assertEquals(200, page.statusCode(), path + " " + lang + ": " + page.body());
                assertTrue(page.body().contains("<html lang=\"" + lang + "\""), path);
                assertFalse(page.body().matches("(?s).*office\\.[a-z-]+\\.[a-z-]+.*"), "every text worded: " + path + " " + lang);
            }
        }
        assertTrue(ines.get("/office/stores/demo/devices?lang=en").body().contains("data-device-row=\"b-coats\""));
        assertTrue(ines.get("/office/stores/demo/racks?lang=fr").body().contains("le trench bleu marine"));
    }

    @Test
    void aManagerIsTakenToHisStoreAndCannotOpenAnotherNorHeadOfficesPages() {
        Visitor marc = new Visitor().signIn("marc");
        HttpResponse<String> home = marc.get("/office?lang=en");
        assertEquals(303, home.statusCode());
        assertEquals("/office/stores/demo?lang=en", home.headers().firstValue("Location").orElseThrow());
        assertEquals(200, marc.get("/office/stores/demo/devices").statusCode());
        assertEquals(403, marc.get("/office/stores/demo-lyon").statusCode(), "his token is for the Marais");
        HttpResponse<String> marais = marc.get("/office/stores/demo?lang=en");
        assertTrue(marais.body().contains("data-switch=\"demo-lyon\""), "he may switch to Lyon: " + marais.body());
        HttpResponse<String> switched = marc.post("/office/switch/demo-lyon", form());
        assertEquals(303, switched.statusCode(), switched.body());
        assertEquals(200, marc.get("/office/stores/demo-lyon").statusCode(), "now working in Lyon");
        assertEquals(403, marc.get("/office/stores/demo").statusCode(), "one store at a time, as on the tablet");
        assertEquals(403, marc.post("/office/switch/nantes-not-his", form()).statusCode());
        assertEquals(303, marc.post("/office/switch/demo", form()).statusCode());
        assertEquals(403, marc.get("/office/catalogue").statusCode());
        assertEquals(403, marc.post("/office/stores", form("id", "x1", "name", "X", "city", "Y", "timeZone", "UTC", "language", "en"))
                .statusCode());
    }

    @Test
    void anAdvisorIsToldTheBackOfficeIsNotHersAndSomeoneSignedOutIsSentToSignIn() {
        HttpResponse<String> lea = new Visitor().post("/office/sign-in", form("username", "lea", "password", "lien-demo"));
        assertEquals(401, lea.statusCode());
        assertTrue(lea.body().contains("advisor"), lea.body());
        HttpResponse<String> anonymous = new Visitor().get("/office/stores/demo/devices?lang=fr");
        assertEquals(303, anonymous.statusCode());
        assertEquals("/office/sign-in?lang=fr", anonymous.headers().firstValue("Location").orElseThrow());
        assertEquals(303, new Visitor().post("/office/stores/demo/racks", form("hangers", "h-001")).statusCode(), "nothing changes");
    }

    @Test
    void headOfficeOpensAStoreDrawsItAndRegistersABeaconWhoseSecretIsShownOnce() {
        Visitor ines = new Visitor().signIn("ines");
        HttpResponse<String> opened = ines.post("/office/stores", form("id", "bordeaux", "name", "Lien Bordeaux", "city", "Bordeaux",
                "timeZone", "Europe/Paris", "language", "fr", "openingHours", "mon-sat 10:00-19:00; sun closed"));
        assertEquals(303, opened.statusCode(), opened.body());
        assertEquals(303, ines.post("/office/stores/bordeaux/plan", form("outline", "0 0, 20 0, 20 10, 0 10")).statusCode());
        assertEquals(303, ines.post("/office/stores/bordeaux/zones", form("zoneId", "bdx-floor", "name_fr", "Le rez-de-chaussée",
                "name_en", "The ground floor", "kind", "floor", "parentId", "", "shape", "0 0, 20 0, 20 10, 0 10")).statusCode());
        HttpResponse<String> beacon = ines.post("/office/stores/bordeaux/devices", form("deviceId", "bdx-b1", "kind", "beacon",
                "zoneId", "bdx-floor", "x", "4,5", "y", "5", "fixtureKind", ""));
        assertEquals(200, beacon.statusCode(), beacon.body());
        Matcher secret = Pattern.compile("data-secret=\"bdx-b1\">([^<]+)<").matcher(beacon.body());
        assertTrue(secret.find(), "the secret, once: " + beacon.body());
        assertFalse(ines.get("/office/stores/bordeaux/devices").body().contains(secret.group(1)), "never again");
        assertEquals(4.5, server.context().getBean(DeviceRegistry.class).beacon("bdx-b1").orElseThrow().xM());

        HttpResponse<String> outside = ines.post("/office/stores/bordeaux/devices", form("deviceId", "bdx-b2", "kind", "beacon",
                "zoneId", "bdx-floor", "x", "40", "y", "5", "fixtureKind", ""));
        assertEquals(400, outside.statusCode());
        assertTrue(outside.body().contains("outside the store&#39;s plan") || outside.body().contains("outside the store's plan"), outside.body());
    }

    @Test
    void aDeviceItsGatewaySaysIsSilentAndOneLowOnBatteryAreTheManagersDeviceAlerts() throws Exception {
        try (io.lien.server.GatewayFixture gateway = io.lien.server.GatewayFixture.connect(server, "gw-pages-it")) {
            gateway.send(new io.lien.protocol.uplink.UplinkEvent.DeviceHealth("b-coats", "beacon", "silent", 900_000));
            gateway.send(new io.lien.protocol.uplink.UplinkEvent.DeviceStatus("b-dresses", "beacon", 12));
        }
        Visitor marc = new Visitor().signIn("marc");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> {
            String page = marc.get("/office/stores/demo/devices?lang=en").body();
            return page.contains("data-attention=\"b-coats\"") && page.contains("data-attention=\"b-dresses\"");
        });
        String devices = server.get("/api/stores/demo/setup/devices", server.token("marc", "lien-demo")).body();
        assertTrue(devices.contains("\"id\":\"b-coats\",\"kind\":\"beacon\"") && devices.matches("(?s).*\"id\":\"b-coats\"[^}]*\"state\":\"silent\".*"),
                devices);
        assertTrue(devices.matches("(?s).*\"id\":\"b-dresses\"[^}]*\"state\":\"low-battery\"[^}]*\"battery\":12.*"), devices);
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedEvenWithTheCookie() {
        Visitor ines = new Visitor().signIn("ines");
        HttpResponse<String> r = ines.post("/office/stores/demo/zones", form("zoneId", "evil", "name_fr", "Mal", "kind", "floor"),
                "https://evil.example.org");
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(server.context().getBean(DeviceRegistry.class).zone("evil").isEmpty());
    }

    @Test
    void anInvitedPersonChoosesAPasswordOnThePageAndTheLinkIsSpentAfterwards() {
        Visitor marc = new Visitor().signIn("marc");
        HttpResponse<String> invited = marc.post("/office/stores/demo/staff", form("username", "zoe", "name", "Zoé Roux",
                "role", "ADVISOR", "email", ""));
        assertEquals(200, invited.statusCode(), invited.body());
        Matcher link = Pattern.compile("data-link=\"zoe\">[^<]*/welcome/([^<]+)<").matcher(invited.body());
        assertTrue(link.find(), invited.body());
        Visitor zoe = new Visitor();
        HttpResponse<String> welcome = zoe.get("/welcome/" + link.group(1) + "?lang=fr");
        assertEquals(200, welcome.statusCode());
        assertTrue(welcome.body().contains("Bienvenue, Zoé"), welcome.body());
        assertEquals(400, zoe.post("/welcome/" + link.group(1), form("password", "one long password", "again", "another one")).statusCode());
        HttpResponse<String> chosen = zoe.post("/welcome/" + link.group(1), form("password", "one long password", "again", "one long password"));
        assertEquals(200, chosen.statusCode(), chosen.body());
        assertEquals(200, server.post("/login", null, "{\"username\":\"zoe\",\"password\":\"one long password\"}").statusCode());
        assertEquals(404, zoe.get("/welcome/" + link.group(1)).statusCode(), "spent");
    }
}
