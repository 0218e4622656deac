package io.lien.launcher;

import io.lien.server.registry.DeviceRegistry;
import io.lien.server.setup.application.GatewayEnrolment;
import io.lien.server.registry.Hanger;
import io.lien.server.registry.Product;
import io.lien.sim.DemoScenario;
import io.lien.sim.Progress;
import io.lien.sim.history.HistoryPlan;
import io.lien.sim.history.HistoryPublisher;
import io.lien.sim.history.StoreHistory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The demo's past month, so that a manager's insights are full on first start: the simulator's
 * history mode generates the demo store's last days (seeded) and sends them through the server's
 * real ingestion (the central broker, as a gateway would) and order intake (a source per channel,
 * with secrets drawn for this run). Only when the store has no visit before today; in the background,
 * with a progress bar, while the demo is already usable.
 */
final class DemoHistory {

    static final String GATEWAY = "gw-demo-history";
    private static final Map<String, String> SECRETS = secrets();

    private DemoHistory() {
    }

    /** The server setting that lets the history's orders in (added to the demo's start-up properties). */
    static String sources() {
        return new HistoryPublisher.OrderSource(URI.create("http://unused"), SECRETS).setting();
    }

    static void loadInBackground(ApplicationContext server, String broker, String http, int days, int visitsPerDay, long seed) {
        if (days <= 0 || visitsPerDay <= 0) {
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                load(server, URI.create(broker), http, days, visitsPerDay, seed);
            } catch (Exception e) {
                System.err.println("The demo's past month could not be loaded: " + e.getMessage());
            }
        }, "demo-history");
        loader.setDaemon(true);
        loader.start();
    }

    /** Loads the past days now (the screenshots' run); nothing when the store already has visits before today. */
    static void load(ApplicationContext server, URI broker, String http, int days, int visitsPerDay, long seed) throws Exception {
        ZoneId zone = server.getBean(DeviceRegistry.class).timeZone("demo");
        LocalDate today = LocalDate.now(zone);
        if (visitsBefore(server, today.atStartOfDay(zone).toInstant().toEpochMilli()) > 0) {
            return; // loaded on an earlier start
        }
        StoreHistory history = new StoreHistory(plan(server, visitsPerDay, seed, zone));
        Progress progress = new Progress("demo: the past " + days + " days", days);
        try (HistoryPublisher publisher = new HistoryPublisher(broker.getHost(), broker.getPort(), "demo", GATEWAY,
                server.getBean(GatewayEnrolment.class).issueFor("demo-history", "demo", GATEWAY), 1,
                new HistoryPublisher.OrderSource(URI.create(http + "/api/orders"), SECRETS))) {
            int done = 0;
            for (LocalDate d = today.minusDays(days); d.isBefore(today); d = d.plusDays(1)) {
                StoreHistory.Day day = history.day(d);
                publisher.events(day.events());
                publisher.orders(day.orders(), System.currentTimeMillis());
                progress.update(++done);
            }
        }
        progress.done();
    }

    private static HistoryPlan plan(ApplicationContext server, int visitsPerDay, long seed, ZoneId zone) {
        DeviceRegistry registry = server.getBean(DeviceRegistry.class);
        Map<String, HistoryPlan.Garment> garments = new HashMap<>();
        for (Hanger h : registry.hangersOf("demo")) {
            registry.product(h.productId()).ifPresent(p -> garments.put(h.id(), garment(p, h)));
        }
        return new HistoryPlan(DemoScenario.layout("demo"), GATEWAY, visitsPerDay, 0.15,
                Map.of("inst-camille", "c-camille", "inst-sophie", "c-sophie"), garments, zone, LocalTime.of(10, 0), LocalTime.of(19, 30), seed);
    }

    private static HistoryPlan.Garment garment(Product p, Hanger h) {
        return new HistoryPlan.Garment(p.id(), h.size(), p.priceCents(), p.name(Locale.ENGLISH) + " (" + h.size() + ")");
    }

    private static long visitsBefore(ApplicationContext server, long before) throws Exception {
        DataSource db = DelegatingDataSource.unwrapDataSource(server.getBean(DataSource.class));
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM visit WHERE store_id = 'demo' AND started_at < " + before)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Map<String, String> secrets() {
        SecureRandom random = new SecureRandom();
        Map<String, String> secrets = new HashMap<>();
        for (String channel : new String[] {"store", "web", "app", "phone"}) {
            byte[] b = new byte[16];
            random.nextBytes(b);
            secrets.put(channel, HexFormat.of().formatHex(b));
        }
        return Map.copyOf(secrets);
    }
}
