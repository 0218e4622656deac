package io.lien.bench;

import io.lien.server.Application;
import io.lien.server.mqtt.BrokerAddress;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * P3: a client's card and timeline (GET /api/clients/{id}) with {@code clients} clients and
 * {@code events} timeline events in the database, while a gateway sends 1,000 signals/s. The same
 * number of GET /api/me (the HTTP and token floor) is the reference in the same run.
 * Run: {@code ./mvnw install -DskipTests -Pbench-timeline} (args: clients, events, requests, readers,
 * warm-up requests). The warm-up's figures are printed but not counted: for its first tens of seconds
 * the JIT compiler takes a good part of the two cores, which is not what a store's server lives in.
 */
public final class TimelineBenchmark {

    private TimelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 5_000_000;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        int readers = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 20_000;
        Path data = Files.createTempDirectory("lien-timeline-bench");
        ApplicationContext server = Application.start(Map.of("lien.data-dir", data.toString(),
                "lien.mqtt.embedded-port", 0, "micronaut.server.port", -1));
        String base = "http://127.0.0.1:" + server.getBean(EmbeddedServer.class).getPort();
        long seeded = System.nanoTime();
        seed(DelegatingDataSource.unwrapDataSource(server.getBean(DataSource.class)), clients, events);
        System.out.printf("%nseeded %,d clients and %,d events in %.0f s%n", clients, events, (System.nanoTime() - seeded) / 1e9);

        String token = SseFanOutBenchmark.token(base);
        BackgroundGateway load = new BackgroundGateway(server.getBean(BrokerAddress.class).uri(),
                CentralSignIn.options(server, "demo", "gw-background"), 1_000);
        load.start();
        SplittableRandom random = new SplittableRandom(7);
        List<Double> warming = measure(base, token, warmUp, readers, i -> "/api/clients/" + clientId(random.nextInt(clients)));
        System.out.println("warm-up, " + warmUp + " cards (not counted): " + summary(warming));
        List<Double> floor = measure(base, token, requests, readers, i -> "/api/me");
        long sentBefore = load.sent.get();
        long started = System.nanoTime();
        List<Double> cards = measure(base, token, requests, readers, i -> "/api/clients/" + clientId(random.nextInt(clients)));
        double rate = (load.sent.get() - sentBefore) / ((System.nanoTime() - started) / 1e9);
        load.stop();
        System.out.println();
        System.out.printf("Client card + timeline — %,d clients, %,d events, %d readers, %,.0f background signals/s%n",
                clients, events, readers, rate);
        System.out.println("reference GET /api/me:       " + summary(floor));
        System.out.println("GET /api/clients/{id}:       " + summary(cards));
        server.close();
        System.exit(0);
    }

    static String clientId(int n) {
        return String.format("c-b%06d", n);
    }

    static void seed(DataSource ds, int clients, int events) throws Exception {
        long now = System.currentTimeMillis();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            // the rows reference clients, products and the store by construction; H2 checking each
            // reference one row at a time made seeding take ~25 min instead of minutes
            c.createStatement().execute("SET REFERENTIAL_INTEGRITY FALSE");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO client (id, first_name, last_name, pronoun, email, "
                    + "language, preferred_channel, sizes, interests, presence_consent, approachability, created_at) "
                    + "VALUES (?, ?, ?, 'she', ?, 'fr', 'email', 'M', 'linen, tailoring', TRUE, 'NOT_SAID', ?)")) {
                for (int i = 0; i < clients; i++) {
                    p.setString(1, clientId(i));
                    p.setString(2, "Client" + i);
                    p.setString(3, "Bench");
                    p.setString(4, "c" + i + "@example.org");
                    p.setLong(5, now - 86_400_000L * 900);
                    p.addBatch();
                    if (i % 5_000 == 4_999) {
                        p.executeBatch();
                        c.commit();
                    }
                }
                p.executeBatch();
                c.commit();
            }
            // rows made inside the database (H2's SYSTEM_RANGE), client after client (as an import would
            // write them), spread over channels, kinds and three years: the same data every run
            int chunk = 250_000;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO client_event (client_id, ts, channel, kind, summary, "
                    + "product_id, size, amount_cents, store_id) "
                    + "SELECT 'c-b' || LPAD(CAST(MOD((X - 1) / ?, ?) AS VARCHAR), 6, '0'), ? - MOD(X * 104729, 94608000000), "
                    + "CASE MOD(X, 4) WHEN 0 THEN 'STORE' WHEN 1 THEN 'WEB' WHEN 2 THEN 'APP' ELSE 'PHONE' END, "
                    + "CASE WHEN MOD(X, 3) = 0 THEN 'ORDER' WHEN MOD(X, 3) = 1 THEN 'VISIT' ELSE 'NOTE' END, "
                    + "CASE WHEN MOD(X, 3) = 0 THEN 'the navy trench coat (38)' ELSE 'a visit to Le Marais, 25 min' END, "
                    + "CASE WHEN MOD(X, 3) = 0 THEN 'p-trench-navy' END, CASE WHEN MOD(X, 3) = 0 THEN '38' END, "
                    + "CASE WHEN MOD(X, 3) = 0 THEN 42000 END, 'demo' FROM SYSTEM_RANGE(?, ?)")) {
                for (long from = 1; from <= events; from += chunk) {
                    p.setLong(1, Math.max(1, events / clients));
                    p.setInt(2, clients);
                    p.setLong(3, now);
                    p.setLong(4, from);
                    p.setLong(5, Math.min(events, from + chunk - 1));
                    p.executeUpdate();
                    c.commit();
                    progress(Math.min(events, from + chunk - 1), events);
                }
            }
            c.createStatement().execute("SET REFERENTIAL_INTEGRITY TRUE");
            c.commit();
        }
    }

    private static void progress(long done, long total) {
        int width = 40;
        int filled = (int) (width * done / total);
        System.out.printf("\rseeding events [%s%s] %3d%%", "#".repeat(filled), " ".repeat(width - filled), 100 * done / total);
    }

    interface Paths {
        String path(int i);
    }

    private static List<Double> measure(String base, String token, int requests, int readers, Paths paths) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ConcurrentLinkedQueue<Double> took = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        for (int r = 0; r < readers; r++) {
            pool.submit(() -> {
                for (int i = 0; i < requests / readers; i++) {
                    String path;
                    synchronized (paths) {
                        path = paths.path(i);
                    }
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET().build();
                    long t = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    took.add((System.nanoTime() - t) / 1e6);
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(path + " → " + response.statusCode() + " " + response.body());
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        List<Double> sorted = new ArrayList<>(took);
        Collections.sort(sorted);
        return sorted;
    }

    private static String summary(List<Double> sorted) {
        return String.format("%,d requests; p50 %.1f ms, p99 %.1f ms, max %.1f ms", sorted.size(), Percentile.of(sorted, 50), Percentile.of(sorted, 99),
                sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1));
    }

}
