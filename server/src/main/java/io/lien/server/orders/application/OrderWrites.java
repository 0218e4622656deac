package io.lien.server.orders.application;

import io.lien.server.orders.OrderLine;
import io.lien.server.orders.OrderLineRepository;
import io.lien.server.orders.ShopperOrder;
import io.lien.server.orders.ShopperOrderRepository;
import io.lien.server.selections.Selection;
import io.lien.server.payments.application.PaymentProviders;
import io.lien.server.settings.OrderSettings;
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

    private static final long DAY = 86_400_000L;

    private final StockLedger ledger;
    private final ShopperOrderRepository orders;
    private final OrderLineRepository lines;
    private final OrderSettings settings;

    OrderWrites(StockLedger ledger, ShopperOrderRepository orders, OrderLineRepository lines, OrderSettings settings) {
        this.ledger = ledger;
        this.orders = orders;
        this.lines = lines;
        this.settings = settings;
    }

    @Transactional
    Placing tryOn(Selection s, Variant variant, int priceCents, String storeId, String requestId, long now, long until) {
        String id = UUID.randomUUID().toString();
        StockLedger.Outcome held = ledger.hold(storeId, variant.id(), 1, "try-on", id, until, "client");
        if (!(held instanceof StockLedger.Outcome.Held h)) {
            return new Placing.NotPlaced(held);
        }
        ShopperOrder order = orders.save(ShopperOrder.toTryOn(id, s.clientId(), storeId, s.id(), now, until, requestId));
        lines.saveAll(List.of(new OrderLine(null, id, variant.id(), 1, priceCents, h.hold().id())));
        return new Placing.Placed(order);
    }

    /** A cart: the order, paying, and its unit held (purpose cart) until {@code until}. */
    @Transactional
    Placing cart(ChosenPiece.Choice.Chosen c, String way, String location, long now, long until) {
        String id = UUID.randomUUID().toString();
        StockLedger.Outcome held = ledger.hold(location, c.variant().id(), 1, "cart", id, until, "client");
        if (!(held instanceof StockLedger.Outcome.Held h)) {
            return new Placing.NotPlaced(held);
        }
        int price = c.product().priceCents();
        ShopperOrder order = orders.save(ShopperOrder.paying(id, way, c.client().id(), location, c.selection().id(), now, until,
                c.request(), price));
        lines.saveAll(List.of(new OrderLine(null, id, c.variant().id(), 1, price, h.hold().id())));
        return new Placing.Placed(order);
    }

    /**
     * Paid, or about to be: the cart's units are kept past the cart's time (to collect: for
     * {@code collect-days}; to deliver: a day, until sold), so capturing cannot lose them. False when
     * a unit's hold had already ended.
     */
    @Transactional
    boolean secure(ShopperOrder order, long now) {
        boolean paidOnline = order.payment() != null && !PaymentProviders.IN_STORE.equals(order.payment());
        // a piece paid online waits until it is collected (no timer gives back what was paid for); one to pay there, collect-days
        long until = order.kind().equals("collect") && paidOnline ? Long.MAX_VALUE
                : now + (order.kind().equals("collect") ? settings.collectDays() : 1) * DAY;
        String purpose = order.kind().equals("collect") ? "collect" : "order";
        for (OrderLine line : lines.findByOrderIdInOrderById(List.of(order.id()))) {
            if (line.holdId() == null || !ledger.keep(line.holdId(), purpose, until)) {
                return false;
            }
        }
        return true;
    }

    /** Placed, once: to collect, held until its day; to deliver, its units sold. False when another call placed it first. */
    @Transactional
    boolean place(ShopperOrder order, long now) {
        boolean collect = order.kind().equals("collect");
        if (orders.placed(order.id(), collect ? "held" : "paid", collect ? now + settings.collectDays() * DAY : null) == 0) {
            return false;
        }
        if (!collect) {
            lines.findByOrderIdInOrderById(List.of(order.id())).stream().filter(l -> l.holdId() != null).forEach(l -> ledger.sell(l.holdId(), "client"));
        }
        return true;
    }

    /** The payment failed: the order says so and its units go back. */
    @Transactional
    void fail(ShopperOrder order) {
        end(order, "failed");
    }

    /** The cart ran out before it was paid. */
    @Transactional
    void abandon(ShopperOrder order) {
        end(order, "abandoned");
    }

    private void end(ShopperOrder order, String how) {
        if (orders.updateStatus(order.id(), "paying", how) == 1) {
            lines.findByOrderIdInOrderById(List.of(order.id())).stream().filter(l -> l.holdId() != null).forEach(l -> ledger.release(l.holdId(), "lien"));
        }
    }
}
