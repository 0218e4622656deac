package io.lien.server.orders.application;

import io.lien.server.clients.ClientDirectory;
import io.lien.server.orders.OrderLine;
import io.lien.server.orders.OrderLineRepository;
import io.lien.server.orders.ShopperOrder;
import io.lien.server.orders.ShopperOrderRepository;
import io.lien.server.stock.Variant;
import io.lien.server.stock.VariantRepository;
import io.lien.server.stock.application.StockLedger;
import io.lien.server.payments.application.PaymentProviders;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** Orders read back for the person who placed them, under the link they placed them from. */
@Singleton
public class ShopperOrders {

    /** An order as its page shows it: the piece (by product id), its size, whose, in which language they read. */
    public record Shown(ShopperOrder order, String productId, String size, String firstName, String language) {
    }

    private final ShopperOrderRepository orders;
    private final OrderLineRepository lines;
    private final VariantRepository variants;
    private final ClientDirectory clients;
    private final StockLedger ledger;
    private final PaymentProviders providers;
    private final OrderMessages messages;

    ShopperOrders(ShopperOrderRepository orders, OrderLineRepository lines, VariantRepository variants, ClientDirectory clients,
                  StockLedger ledger, PaymentProviders providers, OrderMessages messages) {
        this.ledger = ledger;
        this.providers = providers;
        this.messages = messages;
        this.orders = orders;
        this.lines = lines;
        this.variants = variants;
        this.clients = clients;
    }

    /** An order with its lines, for the client's own export and timeline. */
    public record WithLines(ShopperOrder order, List<OrderLine> lines, List<Variant> variants) {
    }

    /** Every order of the client, newest first, with its lines and their variants. */
    public List<WithLines> ofClient(String clientId) {
        return withLines(orders.findByClientIdOrderByCreatedAtDesc(clientId));
    }

    /** The orders with their lines (one query for all the lines) and the lines' variants, in the orders' order. */
    private List<WithLines> withLines(List<ShopperOrder> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<OrderLine> all = lines.findByOrderIdInOrderById(found.stream().map(ShopperOrder::id).toList());
        return found.stream().map(o -> {
            List<OrderLine> mine = all.stream().filter(l -> l.orderId().equals(o.id())).toList();
            return new WithLines(o, mine, mine.stream().flatMap(l -> variants.findById(l.variantId()).stream()).toList());
        }).toList();
    }

    /** The order, only if it was placed from that selection's link: another link, another id, nothing. */
    public Optional<Shown> underSelection(String linkId, String orderId) {
        if (orderId == null || orderId.length() > 36) {
            return Optional.empty();
        }
        return orders.findById(orderId).filter(o -> linkId.equals(o.selectionId())).flatMap(o -> {
            List<OrderLine> mine = lines.findByOrderIdInOrderById(List.of(o.id()));
            Optional<Variant> v = mine.isEmpty() ? Optional.empty() : variants.findById(mine.get(0).variantId());
            return v.flatMap(variant -> clients.find(o.clientId()).map(c -> new Shown(o, variant.productId(), variant.size(),
                    c.firstName(), c.language())));
        });
    }

    /** Erasure: the client's orders go, and what they held goes back on the shelf. */
    @Transactional
    public void forget(String clientId) {
        List<String> ids = orders.findByClientIdOrderByCreatedAtDesc(clientId).stream().map(ShopperOrder::id).toList();
        if (ids.isEmpty()) {
            return;
        }
        for (OrderLine line : lines.findByOrderIdInOrderById(ids)) {
            if (line.holdId() != null) {
                ledger.release(line.holdId(), "erasure");
            }
        }
        lines.deleteByOrderIdIn(ids);
        orders.deleteByClientId(clientId);
    }

    /**
     * Orders past their time: reservations and pieces to collect not collected are released; carts
     * not paid are abandoned (their payment let go). Their units go back (if the stock's own sweep has
     * not already done it) and the orders say so.
     */
    @Transactional
    public int releaseOverdue(long now) {
        int released = 0;
        for (String[] move : new String[][] {{"held", "released"}, {"ready", "released"}, {"paying", "abandoned"}}) {
            for (ShopperOrder o : orders.findByStatusAndHeldUntilLessThanEquals(move[0], now)) {
                if (!move[0].equals("paying") && paidOnline(o)) {
                    continue; // paid and not collected: it stays on the store's list (a refund is the store's call, not a timer's)
                }
                for (OrderLine line : lines.findByOrderIdInOrderById(List.of(o.id()))) {
                    if (line.holdId() != null) {
                        ledger.release(line.holdId(), "lien");
                    }
                }
                if (o.paymentRef() != null && o.payment() != null) {
                    providers.named(o.payment()).ifPresent(p -> p.cancel(o.paymentRef()));
                }
                released += orders.updateStatus(o.id(), move[0], move[1]);
            }
        }
        return released;
    }

    /** Reservations and pieces to collect that run out within {@code lead}: each client is reminded once. */
    public int remindDue(long now, long lead) {
        int reminded = 0;
        for (String status : List.of("held", "ready")) {
            for (ShopperOrder o : orders.findByStatusAndHeldUntilLessThanEquals(status, now + lead)) {
                if (o.heldUntil() != null && o.heldUntil() > now) {
                    messages.reminder(o);
                    reminded++;
                }
            }
        }
        return reminded;
    }

    /** What a store still has to put aside, then what it has ready, each oldest first. */
    public List<WithLines> inStore(String storeId) {
        List<ShopperOrder> open = new java.util.ArrayList<>(orders.findByStoreIdAndStatusOrderByCreatedAtAsc(storeId, "held"));
        open.addAll(orders.findByStoreIdAndStatusOrderByCreatedAtAsc(storeId, "ready"));
        return withLines(open);
    }

    /**
     * The client cancels, from their own space: a reservation to try on, or a piece to collect and pay
     * in store, while it waits (its unit goes back on the rack). Paid orders are not cancelled here.
     * True when it was theirs and it moved.
     */
    @Transactional
    public boolean cancel(String clientId, String orderId) {
        Optional<ShopperOrder> order = orders.findById(orderId).filter(o -> o.clientId().equals(clientId))
                .filter(ShopperOrders::cancellable);
        if (order.isEmpty() || orders.updateStatus(orderId, order.get().status(), "cancelled") != 1) {
            return false;
        }
        lines.findByOrderIdInOrderById(List.of(orderId)).stream().filter(l -> l.holdId() != null)
                .forEach(l -> ledger.release(l.holdId(), "client"));
        return true;
    }

    private static boolean paidOnline(ShopperOrder o) {
        return o.payment() != null && !PaymentProviders.IN_STORE.equals(o.payment());
    }

    /** Waiting in a store and nothing paid online: the client may take it back. */
    public static boolean cancellable(ShopperOrder o) {
        boolean waiting = o.status().equals("held") || o.status().equals("ready");
        return waiting && (o.kind().equals("try-on") || o.kind().equals("collect") && PaymentProviders.IN_STORE.equals(o.payment()));
    }

    /** An advisor put it aside: it is ready. Only once, only in its store: 1 when it moved, 0 when it was not set aside there. */
    public int ready(String storeId, String orderId) {
        Optional<ShopperOrder> order = orders.findById(orderId).filter(o -> o.storeId().equals(storeId));
        if (order.isEmpty()) {
            return -1;
        }
        int moved = orders.updateStatus(orderId, "held", "ready");
        if (moved == 1) {
            messages.ready(order.get());
        }
        return moved;
    }
}
