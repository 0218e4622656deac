package io.lien.server.stock;

import io.lien.server.ServerFixture;
import io.lien.server.stock.application.StockLedger;
import io.lien.server.stock.application.StockLedger.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stock on H2: never oversold, holds end once, counts never below what is held, bad requests change nothing. */
class StockLedgerIT {

    private static ServerFixture server;
    private static StockRace stock;

    @BeforeAll
    static void start() {
        server = ServerFixture.start();
        stock = new StockRace(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static void twoHundredCheckoutsForTheLastFiveUnitsMakeExactlyFiveHolds(StockRace stock) throws Exception {
        String variant = stock.variantWith(5);
        List<Outcome> outcomes = stock.race(variant, 200);
        assertEquals(5, outcomes.stream().filter(o -> o instanceof Outcome.Held).count(), outcomes.toString());
        List<Outcome.NotAvailable> refused = outcomes.stream().filter(o -> o instanceof Outcome.NotAvailable)
                .map(o -> (Outcome.NotAvailable) o).toList();
        assertEquals(195, refused.size(), "every other shopper is told, none fails: " + outcomes);
        assertTrue(refused.stream().allMatch(n -> n.available() == 0 && n.variant().id().equals(variant)));
        assertTrue(refused.get(0).whatIs().stream().anyMatch(l -> l.variantId().equals(variant) && l.available() == 0),
                "and what there is instead: " + refused.get(0).whatIs());
        StockLevel level = stock.level(variant);
        assertEquals(5, level.onHand());
        assertEquals(5, level.held());
        assertEquals(5, stock.movements(variant).stream().filter(m -> m.why().equals("hold")).count());
    }

    @Test
    void twoHundredCheckoutsForTheLastFiveUnitsMakeExactlyFiveHolds() throws Exception {
        twoHundredCheckoutsForTheLastFiveUnitsMakeExactlyFiveHolds(stock);
    }

    @Test
    void aHoldEndsOnceWhetherReleasedSoldOrExpired() {
        String variant = stock.variantWith(3);
        StockLedger ledger = stock.ledger();
        Outcome.Held a = (Outcome.Held) ledger.hold("demo", variant, 1, "try-on", "r-1", null, "lea");
        Outcome.Held b = (Outcome.Held) ledger.hold("demo", variant, 2, "collect", "o-1", null, "lea");
        assertInstanceOf(Outcome.NotAvailable.class, ledger.hold("demo", variant, 1, "cart", "c-1", null, "shopper"));
        assertTrue(ledger.release(a.hold().id(), "lea"));
        assertFalse(ledger.release(a.hold().id(), "lea"), "a replayed release changes nothing");
        assertTrue(ledger.sell(b.hold().id(), "lea"));
        assertFalse(ledger.sell(b.hold().id(), "lea"), "sold once");
        assertFalse(ledger.release(b.hold().id(), "lea"), "a sold hold cannot be released");
        assertEquals(1, stock.level(variant).onHand());
        assertEquals(0, stock.level(variant).held());
        Outcome.Held c = (Outcome.Held) ledger.hold("demo", variant, 1, "cart", "c-2", System.currentTimeMillis() - 1, "shopper");
        assertTrue(ledger.expire(System.currentTimeMillis()) >= 1);
        assertFalse(ledger.release(c.hold().id(), "shopper"), "expired already");
        assertEquals(0, stock.level(variant).held());
        assertFalse(ledger.release("no-such-hold", "lea"));
    }

    @Test
    void aCountByHandIsLoggedAndNeverGoesBelowWhatIsHeld() {
        String variant = stock.variantWith(4);
        StockLedger ledger = stock.ledger();
        ledger.hold("demo", variant, 3, "collect", "o-2", null, "lea");
        Outcome below = ledger.count("demo", variant, 2, "correction", "marc", "shelf count");
        assertEquals(new Outcome.Refused("problem.stock.below-held", List.of(2, 3)), below);
        Outcome counted = ledger.count("demo", variant, 6, "correction", "marc", "shelf count");
        assertEquals(6, ((Outcome.Counted) counted).level().onHand());
        StockMovement last = stock.movements(variant).get(0);
        assertEquals(List.of("correction", "marc", "2"), List.of(last.why(), last.actor(), String.valueOf(last.onHandBy())));
    }

    @Test
    void hostileRequestsAreRefusedWithAReasonAndChangeNothing() {
        String variant = stock.variantWith(2);
        StockLedger ledger = stock.ledger();
        for (int quantity : new int[] {0, -1, StockLedger.MAX_QUANTITY + 1, Integer.MIN_VALUE}) {
            assertEquals(new Outcome.Refused("problem.stock.quantity", List.of(StockLedger.MAX_QUANTITY)),
                    ledger.hold("demo", variant, quantity, "cart", null, null, "x"));
        }
        assertEquals("problem.stock.purpose", ((Outcome.Refused) ledger.hold("demo", variant, 1, "steal", null, null, "x")).key());
        assertEquals("problem.stock.unknown-variant", ((Outcome.Refused) ledger.hold("demo", "p-x/'; DROP TABLE stock_level; --", 1,
                "cart", null, null, "x")).key());
        assertInstanceOf(Outcome.NotAvailable.class, ledger.hold("elsewhere", variant, 1, "cart", null, null, "x"),
                "a location without the variant has none of it");
        assertEquals("problem.stock.count", ((Outcome.Refused) ledger.count("demo", variant, -5, "correction", "marc", null)).key());
        assertEquals(2, stock.level(variant).onHand());
        assertEquals(0, stock.level(variant).held());
        assertEquals(1, stock.movements(variant).size(), "only the first count");
    }
}
