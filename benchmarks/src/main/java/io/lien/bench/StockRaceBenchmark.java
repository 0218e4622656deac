package io.lien.bench;

import io.lien.server.Application;
import io.lien.server.stock.StockLevel;
import io.lien.server.stock.StockLevelRepository;
import io.lien.server.stock.Variant;
import io.lien.server.stock.VariantRepository;
import io.lien.server.stock.application.StockLedger;
import io.micronaut.context.ApplicationContext;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Issue 18: 200 concurrent checkouts racing for the last 5 units make exactly 5 holds, none
 * oversold, on H2 and on PostgreSQL; checkouts per second under that race, against the same
 * number of checkouts one after the other on a well-stocked variant in the same run (the ratio).
 * {@code ./mvnw install -DskipTests -Pbench-stock} (args: rounds, shoppers, units).
 */
public final class StockRaceBenchmark {

    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";

    private StockRaceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int shoppers = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int units = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        System.out.printf("%d rounds of %d checkouts racing for %d units, %d cores%n", rounds, shoppers, units,
                Runtime.getRuntime().availableProcessors());
        run("H2", Map.of(), rounds, shoppers, units);
        String schema = "lien_bench_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        try (Connection c = DriverManager.getConnection(PG, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (Exception e) {
            System.out.println("PostgreSQL: not reachable on 127.0.0.1:5432, not measured (" + e.getMessage() + ")");
            return;
        }
        try {
            run("PostgreSQL", Map.of("datasources.default.url", PG + "?currentSchema=" + schema,
                    "datasources.default.driver-class-name", "org.postgresql.Driver", "datasources.default.username", "postgres",
                    "datasources.default.password", "", "datasources.default.dialect", "POSTGRES"), rounds, shoppers, units);
        } finally {
            try (Connection c = DriverManager.getConnection(PG, "postgres", ""); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void run(String database, Map<String, Object> extra, int rounds, int shoppers, int units) throws Exception {
        Map<String, Object> props = new HashMap<>(extra);
        props.put("lien.data-dir", Files.createTempDirectory("lien-stock-bench").toString());
        props.put("lien.mqtt.embedded-port", 0);
        props.put("micronaut.server.port", -1);
        try (ApplicationContext server = Application.start(props)) {
            StockLedger ledger = server.getBean(StockLedger.class);
            VariantRepository variants = server.getBean(VariantRepository.class);
            StockLevelRepository levels = server.getBean(StockLevelRepository.class);
            int oversold = 0;
            int wrongCount = 0;
            long raceNanos = 0;
            long calmNanos = 0;
            ExecutorService pool = Executors.newFixedThreadPool(64);
            try {
                for (int r = 0; r < rounds; r++) {
                    String scarce = variant(variants, ledger, "race-" + r, units);
                    long t0 = System.nanoTime();
                    int held = race(pool, ledger, scarce, shoppers);
                    raceNanos += System.nanoTime() - t0;
                    StockLevel level = levels.findById(StockLevel.idOf("demo", scarce)).orElseThrow();
                    oversold += Math.max(0, level.held() - level.onHand());
                    wrongCount += held == units ? 0 : 1;
                    String plenty = variant(variants, ledger, "calm-" + r, shoppers);
                    long t1 = System.nanoTime();
                    for (int i = 0; i < shoppers; i++) {
                        ledger.hold("demo", plenty, 1, "cart", "calm-" + i, null, "bench");
                    }
                    calmNanos += System.nanoTime() - t1;
                }
            } finally {
                pool.shutdownNow();
            }
            double raced = rounds * (double) shoppers / (raceNanos / 1e9);
            double calm = rounds * (double) shoppers / (calmNanos / 1e9);
            System.out.printf("%s: rounds with a count other than %d holds: %d; units oversold: %d; racing %.0f checkouts/s, "
                    + "one after the other %.0f checkouts/s (ratio %.2f)%n", database, units, wrongCount, oversold, raced, calm, raced / calm);
            ShopperCheckoutRace.run(server, database, rounds, shoppers, units);
        }
    }

    /** A size of the navy trench with {@code onHand} units in the demo store, for one round. */
    static String variant(VariantRepository variants, StockLedger ledger, String size, int onHand) {
        Variant v = variants.save(new Variant(Variant.idOf("p-trench-navy", size, null), "p-trench-navy", size, 999, null, null));
        ledger.count("demo", v.id(), onHand, "import", "bench", null);
        return v.id();
    }

    private static int race(ExecutorService pool, StockLedger ledger, String variant, int shoppers) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<StockLedger.Outcome>> all = new ArrayList<>();
        for (int i = 0; i < shoppers; i++) {
            String cart = "cart-" + i;
            all.add(pool.submit(() -> {
                start.await();
                return ledger.hold("demo", variant, 1, "cart", cart, null, "bench");
            }));
        }
        start.countDown();
        int held = 0;
        for (Future<StockLedger.Outcome> f : all) {
            held += f.get() instanceof StockLedger.Outcome.Held ? 1 : 0;
        }
        return held;
    }
}
