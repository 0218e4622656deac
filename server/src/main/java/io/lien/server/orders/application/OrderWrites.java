package io.lien.server.orders.application;

import io.lien.server.orders.OrderLine;
import io.lien.server.orders.OrderLineRepository;
import io.lien.server.orders.ShopperOrder;
import io.lien.server.orders.ShopperOrderRepository;
import io.lien.server.selections.Selection;
import io.lien.server.stock.Variant;
import io.lien.server.stock.application.StockLedger;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/** Writes an order and holds its units in one transaction: an order without its hold, or the reverse, never exists. */
@Singleton
class OrderWrites {

    /** The order written with its unit held, or why not (the ledger's answer: not available, refused). */
    sealed interface Placing {
        record Placed(ShopperOrder order) implements Placing {
        }

        record NotPlaced(StockLedger.Outcome why) implements Placing {
        }
    }

    private final StockLedger ledger;
    private final ShopperOrderRepository orders;
    private final OrderLineRepository lines;

    OrderWrites(StockLedger ledger, ShopperOrderRepository orders, OrderLineRepository lines) {
        this.ledger = ledger;
        this.orders = orders;
        this.lines = lines;
    }

    @Transactional
    Placing tryOn(Selection s, Variant variant, int priceCents, String storeId, String requestId, long now, long until) {
        String id = UUID.randomUUID().toString();
        StockLedger.Outcome held = ledger.hold(storeId, variant.id(), 1, "try-on", id, until, "client");
        if (!(held instanceof StockLedger.Outcome.Held h)) {
            return new Placing.NotPlaced(held);
        }
        ShopperOrder order = orders.save(new ShopperOrder(id, s.clientId(), storeId, s.id(), "try-on", "held", now, until, requestId));
        lines.saveAll(List.of(new OrderLine(null, id, variant.id(), 1, priceCents, h.hold().id())));
        return new Placing.Placed(order);
    }
}
