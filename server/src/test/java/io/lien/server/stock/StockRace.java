package io.lien.server.stock;

import io.lien.server.ServerFixture;
import io.lien.server.stock.application.StockLedger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The stock ledger's cases, run on whichever database the server was started on (H2, PostgreSQL). */
final class StockRace {

    private final ServerFixture server;
    private final StockLedger ledger;
    private int sizes;

    StockRace(ServerFixture server) {
        this.server = server;
        this.ledger = server.context().getBean(StockLedger.class);
    }

    StockLedger ledger() {
        return ledger;
    }

    /** A fresh variant of the demo's navy trench with {@code onHand} units in the demo store. */
    String variantWith(int onHand) {
        String size = "T" + (++sizes) + "-" + System.nanoTime() % 100_000;
        Variant v = server.context().getBean(VariantRepository.class)
                .save(new Variant(Variant.idOf("p-trench-navy", size, null), "p-trench-navy", size, 100 + sizes, null, null));
        StockLedger.Outcome counted = ledger.count("demo", v.id(), onHand, "import", "test", null);
        assertEquals(StockLedger.Outcome.Counted.class, counted.getClass(), counted.toString());
        return v.id();
    }

    StockLevel level(String variantId) {
        return server.context().getBean(StockLevelRepository.class).findById(StockLevel.idOf("demo", variantId)).orElseThrow();
    }

    List<StockMovement> movements(String variantId) {
        return server.context().getBean(StockMovementRepository.class).findByLocationIdAndVariantIdOrderByTsDesc("demo", variantId);
    }

    /** {@code shoppers} checkouts at once, each for one unit; what each came to. */
    List<StockLedger.Outcome> race(String variantId, int shoppers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(shoppers, 64));
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<StockLedger.Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < shoppers; i++) {
                String cart = "cart-" + i;
                Callable<StockLedger.Outcome> checkout = () -> {
                    start.await();
                    return ledger.hold("demo", variantId, 1, "cart", cart, System.currentTimeMillis() + 600_000, "shopper");
                };
                futures.add(pool.submit(checkout));
            }
            start.countDown();
            List<StockLedger.Outcome> outcomes = new ArrayList<>();
            for (Future<StockLedger.Outcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
