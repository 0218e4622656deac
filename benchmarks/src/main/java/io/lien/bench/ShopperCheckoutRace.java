package io.lien.bench;

import io.lien.server.orders.ShopperOrderRepository;
import io.lien.server.orders.application.Checkout;
import io.lien.server.selections.Selection;
import io.lien.server.selections.SelectionRepository;
import io.lien.server.stock.StockLevel;
import io.lien.server.stock.StockLevelRepository;
import io.lien.server.stock.VariantRepository;
import io.lien.server.stock.application.StockLedger;
import io.micronaut.context.ApplicationContext;

import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The whole checkout, not only the hold: {@code shoppers} shoppers, each with their own selection
 * link, open a cart to collect the same size in the same store and pay in store, all at once, for
 * {@code units} units. Exactly {@code units} orders must be placed and none oversold; orders per
 * second racing, against the same number placed one after the other on a well-stocked size.
 */
final class ShopperCheckoutRace {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ShopperCheckoutRace() {
    }

    static void run(ApplicationContext server, String database, int rounds, int shoppers, int units) throws Exception {
        Checkout checkout = server.getBean(Checkout.class);
        StockLedger ledger = server.getBean(StockLedger.class);
        VariantRepository variants = server.getBean(VariantRepository.class);
        StockLevelRepository levels = server.getBean(StockLevelRepository.class);
        SelectionRepository selections = server.getBean(SelectionRepository.class);
        ShopperOrderRepository orders = server.getBean(ShopperOrderRepository.class);
        int wrong = 0;
        int oversold = 0;
        long raceNanos = 0;
        long calmNanos = 0;
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            for (int r = 0; r < rounds; r++) {
                String scarce = StockRaceBenchmark.variant(variants, ledger, "order-race-" + r, units);
                List<String> links = links(selections, shoppers);
                long t0 = System.nanoTime();
                int placed = race(pool, checkout, links, scarce);
                raceNanos += System.nanoTime() - t0;
                StockLevel level = levels.findById(StockLevel.idOf("demo", scarce)).orElseThrow();
                oversold += Math.max(0, level.held() - level.onHand());
                wrong += placed == units ? 0 : 1;
                String plenty = StockRaceBenchmark.variant(variants, ledger, "order-calm-" + r, shoppers);
                List<String> calmLinks = links(selections, shoppers);
                long t1 = System.nanoTime();
                for (String link : calmLinks) {
                    placeOne(checkout, link, plenty);
                }
                calmNanos += System.nanoTime() - t1;
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("%s, whole checkouts (cart, pay in store, order placed): rounds with other than %d orders: %d; units oversold: "
                + "%d; racing %.0f checkouts/s, one after the other %.0f orders/s (ratio %.2f); orders in the database: %d%n", database,
                units, wrong, oversold, rounds * (double) shoppers / (raceNanos / 1e9), rounds * (double) shoppers / (calmNanos / 1e9),
                (calmNanos / (double) raceNanos), orders.count());
    }

    private static int race(ExecutorService pool, Checkout checkout, List<String> links, String variant) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> all = new ArrayList<>();
        for (String link : links) {
            all.add(pool.submit(() -> {
                start.await();
                return placeOne(checkout, link, variant);
            }));
        }
        start.countDown();
        int placed = 0;
        for (Future<Boolean> f : all) {
            placed += f.get() ? 1 : 0;
        }
        return placed;
    }

    private static boolean placeOne(Checkout checkout, String link, String variant) {
        Checkout.Begun begun = checkout.begin(link, variant, "collect", "demo", UUID.randomUUID().toString());
        if (!(begun instanceof Checkout.Begun.Cart cart)) {
            return false;
        }
        Checkout.Paying paid = checkout.pay(link, cart.order().id(), new Checkout.PayChoice("in-store", null, null),
                URI.create("/s/" + link + "/orders/" + cart.order().id() + "/paid"));
        return paid instanceof Checkout.Paying.Placed;
    }

    /** One selection link per shopper (the demo's clients take turns), as each shopper has their own. */
    private static List<String> links(SelectionRepository selections, int count) {
        String[] clients = {"c-amara", "c-sophie", "c-camille", "c-hugo", "c-jules"};
        List<Selection> made = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (int i = 0; i < count; i++) {
            byte[] secret = new byte[16];
            RANDOM.nextBytes(secret);
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            made.add(new Selection(id, clients[i % clients.length], "demo", "lea", "p-trench-navy", null, "email", now, Long.MAX_VALUE, now,
                    null, null));
        }
        selections.saveAll(made);
        return made.stream().map(Selection::id).toList();
    }
}
