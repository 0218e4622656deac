package io.lien.server.insights;

import io.lien.server.ServerFixture;
import io.lien.server.advisors.Advisor;
import io.lien.server.advisors.AdvisorRepository;
import io.lien.server.security.PasswordHasher;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The insights pages over a generated week of the demo store: who may see them (the store's
 * manager only), that their figures are the database's, the CSV tables, no shopper's identity on any
 * of them, and bad input refused with a reason.
 */
class InsightPagesIT {

    private static ServerFixture server;
    private static String range;
    private static LocalDate busyDay;

    @BeforeAll
    static void start() throws Exception {
        server = ServerFixture.start(HistoryFixture.settings());
        LocalDate today = LocalDate.now(HistoryFixture.PARIS);
        HistoryFixture.send(server, HistoryFixture.demoPlan(server, "gw-history-pages", 30, 0.25, LocalTime.of(10, 0),
                LocalTime.of(19, 0), 5), today.minusDays(7), today.minusDays(1), 1);
        range = "?from=" + today.minusDays(7) + "&to=" + today.minusDays(1);
        busyDay = today.minusDays(2);
        // a manager of the Lyon shop only
        server.context().getBean(AdvisorRepository.class).save(new Advisor("nina", "Nina Roche", PasswordHasher.hash("lien-demo"),
                "MANAGER", "demo-lyon"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theStoresManagerSeesTheFiguresOfTheDatabaseOnEachPage() throws Exception {
        String marc = signIn("marc", "lien-demo").orElseThrow();
        HttpResponse<String> store = page("/insights/stores/demo" + range + "&lang=en", marc);
        assertEquals(200, store.statusCode(), store.body());
        long visits = count("SELECT COUNT(*) FROM visit WHERE store_id = 'demo'");
        assertTrue(visits > 50, "visits: " + visits);
        assertTrue(store.body().contains("data-figure=\"visits\">" + visits + "<"), "the visits of the week: " + visits);
        assertTrue(store.body().contains("<svg class=\"heat\""), "the heat map on the plan");
        assertTrue(store.body().contains("Knitwear") && store.body().contains("the fitting rooms"), "zones by name");
        assertTrue(store.body().contains("a sample of everyone who came in"), "says how it is counted");
        assertTrue(store.body().contains("Kinds of visit") && store.body().contains("data-kind=\"quick-mission\""), "the mix of visit kinds");
        assertTrue(store.body().contains("Kinds of relationship") && store.body().contains("data-mix=\"relationships\""),
                "the mix of relationships of consenting visits");
        assertTrue(count("SELECT COUNT(*) FROM visit_typology WHERE code = 'accompanied'") * 2
                < count("SELECT COUNT(*) FROM visit WHERE ended_at IS NOT NULL"), "a visit is not its own company");
        assertTrue(count("SELECT COUNT(DISTINCT visit_id) FROM visit_typology") > 0, "ended visits have their kinds written");
        assertTrue(store.body().contains("/insights/stores/demo/visits" + range.replace("&", "&amp;") + "&amp;lang=en&amp;day=" + busyDay + "\""), "a bar leads to its day");

        HttpResponse<String> french = page("/insights/stores/demo" + range + "&lang=fr", marc);
        assertTrue(french.body().contains("Où vont les gens") && french.body().contains("Mailles"), "in French");

        HttpResponse<String> garments = page("/insights/stores/demo/garments" + range, marc);
        assertEquals(200, garments.statusCode());
        assertTrue(garments.body().contains("the navy trench coat") || garments.body().contains("the camel wool coat"), garments.body());
        assertTrue(garments.body().contains("fitting-room conversion"));

        HttpResponse<String> day = page("/insights/stores/demo/visits?day=" + busyDay, marc);
        assertEquals(200, day.statusCode());
        for (String identity : List.of("Camille", "Laurent", "Sophie", "Inès", "Amara", "c-camille", "c-sophie", "inst-", "anon-")) {
            assertFalse(day.body().contains(identity) || store.body().contains(identity) || garments.body().contains(identity),
                    "no shopper's identity on a manager's page: " + identity);
        }

        assertTrue(store.body().contains("&amp;zone=knitwear\""), "a zone leads to the visits through it");
        assertTrue(garments.body().contains("&amp;product=p-trench-navy\""), "a garment leads to the visits that took it in hand");
        HttpResponse<String> throughKnitwear = page("/insights/stores/demo/visits" + range + "&zone=knitwear", marc);
        assertEquals(200, throughKnitwear.statusCode());
        long knitwear = count("SELECT COUNT(DISTINCT z.visit_id) FROM visit_zone z JOIN visit v ON v.id = z.visit_id "
                + "WHERE v.store_id = 'demo' AND z.zone_id = 'knitwear'");
        assertTrue(throughKnitwear.body().contains("The latest visits through Knitwear (" + Math.min(300, knitwear) + " visits"),
                knitwear + " in " + throughKnitwear.body().substring(0, Math.min(3000, throughKnitwear.body().length())));
        HttpResponse<String> trench = page("/insights/stores/demo/visits" + range + "&product=p-trench-navy", marc);
        assertTrue(trench.body().contains("The latest visits that took the navy trench coat in hand"), "by garment");
        assertEquals(404, page("/insights/stores/demo/visits" + range + "&zone=%3Cscript%3E", marc).statusCode(), "hostile zone");
        assertEquals(404, page("/insights/stores/demo/visits" + range + "&product=p-nothing", marc).statusCode());
        for (String identity : List.of("Camille", "Sophie", "c-camille", "inst-")) {
            assertFalse(throughKnitwear.body().contains(identity) || trench.body().contains(identity), identity);
        }

        HttpResponse<String> mine = page("/insights/mine" + range, marc);
        assertEquals(200, mine.statusCode());
        assertTrue(mine.body().contains("My 2 stores"), "Marc manages two shops");
    }

    @Test
    void everyTableIsACsvWithTheSameFigures() throws Exception {
        String marc = signIn("marc", "lien-demo").orElseThrow();
        HttpResponse<String> traffic = page("/insights/stores/demo/traffic.csv" + range, marc);
        assertEquals(200, traffic.statusCode());
        assertTrue(traffic.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = traffic.body().lines().toList();
        assertEquals("\uFEFFday,visits,consenting,anonymous", lines.get(0));
        assertEquals(8, lines.size(), "a header and 7 days");
        long sum = lines.stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[1])).sum();
        assertEquals(count("SELECT COUNT(*) FROM visit WHERE store_id = 'demo'"), sum);
        for (String table : List.of("zones", "garments", "collections", "kinds", "relationships")) {
            HttpResponse<String> csv = page("/insights/stores/demo/" + table + ".csv" + range, marc);
            assertEquals(200, csv.statusCode(), table);
            assertTrue(csv.body().lines().count() > 1, table + ": " + csv.body());
        }
        assertEquals(404, page("/insights/stores/demo/passwords.csv", marc).statusCode());
        String day = page("/insights/stores/demo/visits.csv?day=" + busyDay, marc).body();
        assertTrue(day.startsWith("\uFEFFbegan,minutes,consenting,zones,touched,tried,bought,kinds"), day);
        assertEquals(count("SELECT COUNT(*) FROM visit WHERE store_id = 'demo' AND started_at >= "
                + busyDay.atStartOfDay(HistoryFixture.PARIS).toInstant().toEpochMilli() + " AND started_at < "
                + busyDay.plusDays(1).atStartOfDay(HistoryFixture.PARIS).toInstant().toEpochMilli()), day.lines().count() - 1);
        assertFalse(day.contains("c-camille") || day.contains("Camille"), "no identity in the day's CSV either");
    }

    @Test
    void onlyTheManagerOfThatStoreGetsIn() throws Exception {
        String path = "/insights/stores/demo" + range;
        assertEquals(401, server.get(path, null).statusCode(), "anonymous");
        assertEquals(403, server.get(path, server.token("lea", "lien-demo")).statusCode(), "an advisor of the store");
        assertEquals(403, server.get(path, server.token("camille.laurent@example.org", "lien-demo")).statusCode(), "a shopper");
        String nina = signIn("nina", "lien-demo").orElseThrow();
        assertEquals(403, page(path, nina).statusCode(), "the manager of another store");
        assertEquals(403, page("/insights/stores/demo/traffic.csv", nina).statusCode(), "nor its CSV");
        assertEquals(200, page("/insights/stores/demo-lyon", nina).statusCode(), "her own store");
        assertTrue(page("/insights/mine", nina).body().contains("My store"), "her only store");

        HttpResponse<String> advisor = form("/insights/sign-in", "username=lea&password=lien-demo&lang=en", null);
        assertEquals(401, advisor.statusCode());
        assertTrue(advisor.body().contains("Insights are for store managers"), advisor.body());
        HttpResponse<String> wrong = form("/insights/sign-in", "username=marc&password=nope&lang=en", null);
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("do not match"));
        assertTrue(signIn("nobody-" + "x".repeat(300), "x").isEmpty(), "an absurd name is refused like a wrong one");

        String marc = signIn("marc", "lien-demo").orElseThrow();
        HttpResponse<String> out = form("/insights/sign-out", "lang=en", marc);
        assertEquals(303, out.statusCode());
        assertTrue(out.headers().firstValue("Set-Cookie").orElse("").contains("Max-Age=0"), "signing out empties the cookie");
    }

    @Test
    void theTabletsWeekForAManagerHasTheSameFiguresAndOnlyForHisStore() throws Exception {
        String marc = server.token("marc", "lien-demo");
        HttpResponse<String> week = server.get("/api/stores/demo/insights/summary?days=7&lang=fr", marc);
        assertEquals(200, week.statusCode(), week.body());
        long visits = count("SELECT COUNT(*) FROM visit WHERE store_id = 'demo' AND started_at >= "
                + LocalDate.now(HistoryFixture.PARIS).minusDays(6).atStartOfDay(HistoryFixture.PARIS).toInstant().toEpochMilli());
        assertTrue(week.body().contains("\"visits\":" + visits + ","), visits + " in " + week.body());
        assertTrue(week.body().contains("\"pagePath\":\"/insights/stores/demo?from="), week.body());
        assertTrue(week.body().contains("\"name\":\"Mailles\"") || week.body().contains("\"name\":\"Manteaux\"")
                || week.body().contains("\"name\":\"Robes\"") || week.body().contains("\"name\":\"Accessoires\""), "zones in French: " + week.body());
        assertEquals(403, server.get("/api/stores/demo/insights/summary", server.token("lea", "lien-demo")).statusCode(), "an advisor");
        assertEquals(401, server.get("/api/stores/demo/insights/summary", null).statusCode());
        assertEquals(403, server.get("/api/stores/demo-lyon/insights/summary", marc).statusCode(), "his token is for the Marais");
        assertEquals(400, server.get("/api/stores/demo/insights/summary?days=0", marc).statusCode());
        assertEquals(400, server.get("/api/stores/demo/insights/summary?days=9999", marc).statusCode());
    }

    @Test
    void badPeriodsAreRefusedWithAReason() throws Exception {
        String marc = signIn("marc", "lien-demo").orElseThrow();
        HttpResponse<String> garbled = page("/insights/stores/demo?from=yesterday", marc);
        assertEquals(400, garbled.statusCode());
        assertTrue(garbled.body().contains("yesterday"), garbled.body());
        assertEquals(400, page("/insights/stores/demo?from=2026-03-02&to=2026-03-01", marc).statusCode(), "backwards");
        assertEquals(400, page("/insights/stores/demo?from=2020-01-01&to=2026-01-01", marc).statusCode(), "too long");
        assertEquals(400, page("/insights/stores/demo/visits?day=%3Cscript%3E", marc).statusCode(), "hostile");
        int nothing = page("/insights/stores/demo/nothing", marc).statusCode();
        assertTrue(nothing == 403 || nothing == 404, "no such page: " + nothing);
    }

    static java.util.Optional<String> signIn(String user, String password) throws Exception {
        return signIn(server, user, password);
    }

    /** Signs in on the page; the session cookie, or nothing when refused. */
    static java.util.Optional<String> signIn(ServerFixture server, String user, String password) throws Exception {
        HttpResponse<String> r = form(server, "/insights/sign-in", "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&lang=en", null);
        if (r.statusCode() != 303) {
            return java.util.Optional.empty();
        }
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        String flags = cookie.toLowerCase(java.util.Locale.ROOT);
        assertTrue(flags.contains("httponly") && flags.contains("samesite=strict") && flags.contains("path=/insights"), cookie);
        return java.util.Optional.of(cookie.substring(0, cookie.indexOf(';')));
    }

    static HttpResponse<String> page(String path, String cookie) throws Exception {
        return page(server, path, cookie);
    }

    static HttpResponse<String> page(ServerFixture server, String path, String cookie) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.http(path)).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> form(String path, String body, String cookie) throws Exception {
        return form(server, path, body, cookie);
    }

    private static HttpResponse<String> form(ServerFixture server, String path, String body, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.http(path)).header("Content-Type", "application/x-www-form-urlencoded");
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HttpClient.newHttpClient().send(b.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long count(String sql) throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(server.context().getBean(DataSource.class)).getConnection();
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
