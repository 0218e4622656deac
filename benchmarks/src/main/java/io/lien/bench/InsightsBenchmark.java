package io.lien.bench;

import io.lien.server.Application;
import io.lien.server.advisors.AdvisorStore;
import io.lien.server.advisors.AdvisorStoreRepository;
import io.lien.server.insights.application.Rollups;
import io.lien.server.insights.infrastructure.RollupSql;
import io.lien.server.live.VisitSweeper;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Hanger;
import io.lien.server.registry.Store;
import io.lien.server.registry.StoreRepository;
import io.lien.server.signals.SignalRepository;
import io.lien.sim.DemoScenario;
import io.lien.sim.history.HistoryPlan;
import io.lien.sim.history.HistoryPublisher;
import io.lien.sim.history.StoreHistory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 20: a manager's pages over a busy month. The simulator's history mode generates 30 days of
 * the demo store at 1,500 visits a day (seeded) and sends them through the real ingestion (MQTT
 * uplink into the embedded broker, order intake), timed; the rollups are kept as they arrive. Then
 * the store's rollups are copied to 9 more stores (same size, other ids) that the manager also has,
 * and every insights page and CSV is requested one after the other, warm, beside {@code /health} in
 * the same run. {@code ./mvnw install -DskipTests -Pbench-insights [-Dlien.args="days visits stores requests h2|postgres"]}
 */
public final class InsightsBenchmark {

    private static final Map<String, String> SECRETS = Map.of("store", "bench-store-secret-00001", "web", "bench-web-secret-000001",
            "app", "bench-app-secret-000001", "phone", "bench-phone-secret-00001");

    private InsightsBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run(args);
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int visits = args.length > 1 ? Integer.parseInt(args[1]) : 1500;
        int stores = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        boolean postgres = args.length > 4 && args[4].equals("postgres");
        Map<String, Object> props = new HashMap<>(Map.of("lien.data-dir", Files.createTempDirectory("lien-insights-bench").toString(),
                "lien.mqtt.embedded-port", 0, "micronaut.server.port", -1,
                "lien.order-intake.sources", new HistoryPublisher.OrderSource(URI.create("http://unused"), SECRETS).setting()));
        String schema = "lien_bench_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        if (postgres) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            props.putAll(Map.of("datasources.default.url", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema,
                    "datasources.default.driver-class-name", "org.postgresql.Driver", "datasources.default.username", "postgres",
                    "datasources.default.password", "", "datasources.default.dialect", "POSTGRES"));
        }
        try (ApplicationContext server = Application.start(props)) {
            String base = "http://127.0.0.1:" + server.getBean(EmbeddedServer.class).getPort();
            System.out.printf("Insights benchmark: %d days × %d visits a day, %d stores, %s, %d cores%n", days, visits, stores,
                    postgres ? "PostgreSQL" : "H2", Runtime.getRuntime().availableProcessors());
            ingest(server, base, days, visits);
            copyToMoreStores(server, stores);
            pages(server, base, requests);
        } finally {
            if (postgres) {
                try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                     Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
        }
    }

    private static void ingest(ApplicationContext server, String base, int days, int visitsPerDay) throws Exception {
        DeviceRegistry registry = server.getBean(DeviceRegistry.class);
        Map<String, HistoryPlan.Garment> garments = new HashMap<>();
        for (Hanger h : registry.hangersOf("demo")) {
            registry.product(h.productId()).ifPresent(p -> garments.put(h.id(), new HistoryPlan.Garment(p.id(), h.size(), p.priceCents(),
                    p.name(Locale.ENGLISH))));
        }
        HistoryPlan plan = new HistoryPlan(DemoScenario.layout("demo"), "gw-bench-history", visitsPerDay, 0.15,
                Map.of("inst-camille", "c-camille", "inst-sophie", "c-sophie"), garments, registry.timeZone("demo"),
                LocalTime.of(10, 0), LocalTime.of(19, 30), 2026);
        StoreHistory history = new StoreHistory(plan);
        URI broker = URI.create(server.getBean(io.lien.server.mqtt.BrokerAddress.class).uri());
        SignalRepository signals = server.getBean(SignalRepository.class);
        LocalDate today = LocalDate.now(registry.timeZone("demo"));
        long events = 0;
        long visits = 0;
        long orders = 0;
        long t0 = System.nanoTime();
        try (HistoryPublisher publisher = new HistoryPublisher(broker.getHost(), broker.getPort(), "demo", "gw-bench-history",
                server.getBean(io.lien.server.setup.application.GatewayEnrolment.class).issueFor("bench", "demo", "gw-bench-history"), 1,
                new HistoryPublisher.OrderSource(URI.create(base + "/api/orders"), SECRETS))) {
            for (LocalDate d = today.minusDays(days); d.isBefore(today); d = d.plusDays(1)) {
                StoreHistory.Day day = history.day(d);
                publisher.events(day.events());
                orders += publisher.orders(day.orders(), System.currentTimeMillis());
                events += day.events().size();
                visits += day.visits();
                System.out.printf("\r  history: %s, %,d events sent", d, events);
            }
        }
        long expected = events;
        while (signals.count() < expected) {
            Thread.sleep(50);
        }
        double storedS = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%n  stored %,d events (%,d visits, %,d orders) in %.1f s: %,.0f events/s through the real ingestion, rollups kept%n",
                events, visits, orders, storedS, events / storedS);
        long t1 = System.nanoTime();
        server.getBean(VisitSweeper.class).endVisitsAwaySince(System.currentTimeMillis());
        // their kinds and their clients' relationships are written just after
        while (server.getBean(io.lien.server.visits.VisitKinds.class).pending() > 0
                || server.getBean(io.lien.server.insights.application.RelationshipsAtVisitEnd.class).pending() > 0) {
            Thread.sleep(20);
        }
        double sweptS = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        Rollups rollups = server.getBean(Rollups.class);
        int hours = 0;
        for (int n = rollups.refresh(); n > 0; n = rollups.refresh()) {
            hours += n;
        }
        System.out.printf("  visits still open ended (with their kinds) in %.1f s; rollups brought up to date in %.1f s (%d store hours)%n",
                sweptS, (System.nanoTime() - t2) / 1e9, hours);
        try (Connection c = db(server).getConnection()) {
            long rebuildStart = System.nanoTime();
            c.setAutoCommit(false);
            List<List<String>> kept = rows(c);
            int rebuilt = Rollups.rebuild(c, null, java.time.Duration.ofDays(14).toMillis(), n -> { });
            c.commit();
            List<List<String>> again = rows(c);
            System.out.printf("  rebuild from the raw rows: %d store hours in %.1f s; identical to the rollups kept on ingest: %s (%,d rows)%n",
                    rebuilt, (System.nanoTime() - rebuildStart) / 1e9, kept.equals(again), kept.size());
            if (!kept.equals(again)) {
                List<List<String>> onlyKept = new ArrayList<>(kept);
                onlyKept.removeAll(again);
                List<List<String>> onlyRebuilt = new ArrayList<>(again);
                onlyRebuilt.removeAll(kept);
                System.out.printf("  differ: %d rows kept only, e.g. %s; %d rebuilt only, e.g. %s%n", onlyKept.size(),
                        onlyKept.stream().limit(3).toList(), onlyRebuilt.size(), onlyRebuilt.stream().limit(3).toList());
            }
        }
    }

    private static List<List<String>> rows(Connection c) throws Exception {
        List<List<String>> all = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            for (String table : RollupSql.TABLES) {
                try (ResultSet r = s.executeQuery("SELECT * FROM " + table + "")) {
                    ResultSetMetaData meta = r.getMetaData();
                    while (r.next()) {
                        List<String> row = new ArrayList<>(List.of(table));
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.add(r.getString(i));
                        }
                        all.add(row);
                    }
                }
            }
        }
        // in one order whatever the storage's (a recomputed hour's rows are written again)
        all.sort(java.util.Comparator.comparing(row -> String.join("|", row)));
        return all;
    }

    /** Stores bench-2 … bench-N with the demo store's rollups (same size), which Marc manages too. */
    private static void copyToMoreStores(ApplicationContext server, int stores) throws Exception {
        StoreRepository storeRows = server.getBean(StoreRepository.class);
        AdvisorStoreRepository theirs = server.getBean(AdvisorStoreRepository.class);
        theirs.findAll().forEach(a -> {
            if (a.username().equals("marc")) {
                theirs.delete(a);
            }
        });
        try (Connection c = db(server).getConnection(); Statement s = c.createStatement()) {
            for (int i = 2; i <= stores; i++) {
                String id = "bench-" + i;
                storeRows.save(new Store(id, "Bench store " + i, "Paris", "Europe/Paris", "fr"));
                theirs.save(new AdvisorStore(null, "marc", id));
                for (String table : RollupSql.TABLES) {
                    List<String> columns = new ArrayList<>();
                    try (ResultSet r = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
                        for (int k = 2; k <= r.getMetaData().getColumnCount(); k++) {
                            columns.add(r.getMetaData().getColumnName(k));
                        }
                    }
                    String list = String.join(", ", columns);
                    s.executeUpdate("INSERT INTO " + table + " (store_id, " + list + ") SELECT '" + id + "', " + list + " FROM " + table
                            + " WHERE store_id = 'demo'");
                }
            }
        }
        server.getBean(DeviceRegistry.class).reload();
    }

    private static void pages(ApplicationContext server, String base, int requests) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/insights/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=marc&password=lien-demo&lang=en")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow(() -> new IllegalStateException("no session"));
        cookie = cookie.substring(0, cookie.indexOf(';'));
        LocalDate today = LocalDate.now(server.getBean(DeviceRegistry.class).timeZone("demo"));
        String period = "?from=" + today.minusDays(30) + "&to=" + today.minusDays(1) + "&lang=en";
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("store page (30 days)", "/insights/stores/demo" + period);
        paths.put("garments page", "/insights/stores/demo/garments" + period);
        paths.put("team and channels page", "/insights/stores/demo/team" + period);
        paths.put("a day's visits (drill-down)", "/insights/stores/demo/visits" + period + "&day=" + today.minusDays(3));
        paths.put("garments.csv", "/insights/stores/demo/garments.csv" + period);
        paths.put("zones.csv", "/insights/stores/demo/zones.csv" + period);
        paths.put("every store of a manager of 10", "/insights/mine" + period);
        paths.put("/health (reference)", "/health");
        Map<String, List<Double>> results = new LinkedHashMap<>();
        for (Map.Entry<String, String> p : paths.entrySet()) {
            measure(http, URI.create(base + p.getValue()), cookie, Math.max(5, requests / 10));
        }
        for (Map.Entry<String, String> p : paths.entrySet()) {
            results.put(p.getKey(), measure(http, URI.create(base + p.getValue()), cookie, requests));
        }
        double reference = Percentile.of(results.get("/health (reference)"), 95);
        System.out.printf("  %d requests each, one after the other, warm:%n", requests);
        for (Map.Entry<String, List<Double>> r : results.entrySet()) {
            double p95 = Percentile.of(r.getValue(), 95);
            System.out.printf(Locale.ROOT, "  %-34s p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  (×%.0f /health at p95)%n", r.getKey(),
                    Percentile.of(r.getValue(), 50), p95, Percentile.of(r.getValue(), 99), p95 / reference);
        }
    }

    private static List<Double> measure(HttpClient http, URI uri, String cookie, int n) throws Exception {
        List<Double> ms = new ArrayList<>(n);
        HttpRequest get = HttpRequest.newBuilder(uri).header("Cookie", cookie).GET().build();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
            ms.add((System.nanoTime() - t0) / 1e6);
            if (r.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + r.statusCode());
            }
        }
        Collections.sort(ms);
        return ms;
    }

    private static DataSource db(ApplicationContext server) {
        return DelegatingDataSource.unwrapDataSource(server.getBean(DataSource.class));
    }
}
