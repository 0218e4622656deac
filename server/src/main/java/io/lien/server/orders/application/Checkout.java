package io.lien.server.orders.application;

import io.lien.server.orders.OrderLine;
import io.lien.server.orders.OrderLineRepository;
import io.lien.server.orders.ShopperOrder;
import io.lien.server.orders.ShopperOrderRepository;
import io.lien.server.orders.model.DeliveryAddress;
import io.lien.server.orders.model.DeliveryOption;
import io.lien.server.payments.application.PaymentProvider;
import io.lien.server.payments.application.PaymentProviders;
import io.lien.server.registry.Product;
import io.lien.server.settings.PaymentSettings;
import io.lien.server.stock.Variant;
import io.lien.server.stock.application.Availability;
import io.lien.server.stock.application.StockLedger;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A piece of a selection bought to collect in a store or to be delivered: its unit is held while the
 * shopper pays ({@code lien.payments.cart-hold}), the price is the catalogue's (plus the delivery
 * option's), and the payment goes through a provider, never a card through Lien. The same form
 * sent twice is one cart; coming back from the provider twice is one order.
 */
@Singleton
public class Checkout {

    static final Set<String> PLACED = Set.of("held", "ready", "collected", "paid");

    public sealed interface Begun {
        record Cart(ShopperOrder order) implements Begun {
        }

        record NotAvailable(Product product, Variant variant, String locationId, List<Availability.Line> whatIs) implements Begun {
        }

        record NoSelection() implements Begun {
        }

        record Refused(String key, List<Object> values) implements Begun {
            public Refused {
                values = List.copyOf(values);
            }
        }
    }

    /** How the shopper pays, and where it goes: {@code payment} "card" or "in-store". */
    public record PayChoice(@Nullable String payment, @Nullable String delivery, @Nullable DeliveryAddress address) {
    }

    public sealed interface Paying {
        /** Off to the provider's page. */
        record GoTo(URI page) implements Paying {
        }

        /** Placed (now, or already: a second tap, the back button). */
        record Placed(ShopperOrder order) implements Paying {
        }

        /** The card was declined: the cart is still held, another card may be tried. */
        record Declined(String reasonKey) implements Paying {
        }

        /** The payment failed for good (at capture): nothing taken, nothing held. */
        record Failed(String reasonKey) implements Paying {
        }

        /** The cart's time ran out before it was paid: the piece went back on the shelf. */
        record RanOut() implements Paying {
        }

        record NotFound() implements Paying {
        }

        record Refused(List<String> keys) implements Paying {
            public Refused {
                keys = List.copyOf(keys);
            }
        }
    }

    private final ChosenPiece chosen;
    private final ShopperOrderRepository orders;
    private final OrderLineRepository lines;
    private final OrderWrites writes;
    private final PaymentProviders providers;
    private final PaymentSettings settings;
    private final OrderNews news;

    Checkout(ChosenPiece chosen, ShopperOrderRepository orders, OrderLineRepository lines, OrderWrites writes, PaymentProviders providers,
             PaymentSettings settings, OrderNews news) {
        this.chosen = chosen;
        this.orders = orders;
        this.lines = lines;
        this.writes = writes;
        this.providers = providers;
        this.settings = settings;
        this.news = news;
    }

    /** @param way collect or deliver; @param storeId the store to collect in (ignored to deliver) */
    public Begun begin(String linkId, @Nullable String variantId, String way, @Nullable String storeId, @Nullable String requestId) {
        long now = System.currentTimeMillis();
        if (!way.equals("collect") && !way.equals("deliver")) {
            return new Begun.Refused("problem.order.way", List.of(way));
        }
        ChosenPiece.Choice choice = chosen.of(linkId, variantId, way.equals("deliver") ? null : storeId, requestId, way, now);
        if (choice instanceof ChosenPiece.Choice.NoSelection) {
            return new Begun.NoSelection();
        }
        if (choice instanceof ChosenPiece.Choice.Refused r) {
            return new Begun.Refused(r.key(), r.values());
        }
        ChosenPiece.Choice.Chosen c = (ChosenPiece.Choice.Chosen) choice;
        Optional<ShopperOrder> earlier = orders.findByRequestId(c.request());
        if (earlier.isPresent()) {
            return new Begun.Cart(earlier.get());
        }
        String location = c.store() == null ? "web" : c.store().id();
        OrderWrites.Placing placing;
        try {
            placing = writes.cart(c, way, location, now, now + settings.cartHold().toMillis());
        } catch (DataAccessException sameRequestAtTheSameTime) {
            return orders.findByRequestId(c.request()).<Begun>map(Begun.Cart::new).orElseThrow(() -> sameRequestAtTheSameTime);
        }
        if (placing instanceof OrderWrites.Placing.NotPlaced n) {
            if (n.why() instanceof StockLedger.Outcome.NotAvailable na) {
                return new Begun.NotAvailable(c.product(), c.variant(), location, na.whatIs());
            }
            StockLedger.Outcome.Refused r = (StockLedger.Outcome.Refused) n.why();
            return new Begun.Refused(r.key(), r.values());
        }
        return new Begun.Cart(((OrderWrites.Placing.Placed) placing).order());
    }

    /** The order under its own link only. */
    public Optional<ShopperOrder> underLink(String linkId, @Nullable String orderId) {
        if (orderId == null || orderId.length() > 36) {
            return Optional.empty();
        }
        return orders.findById(orderId).filter(o -> linkId.equals(o.selectionId()));
    }

    /** What the cart costs, from the server's prices: its lines, and the delivery option when delivered. */
    public long total(ShopperOrder order, @Nullable DeliveryOption delivery) {
        long pieces = lines.findByOrderIdInOrderById(List.of(order.id())).stream().mapToLong(l -> (long) l.priceCents() * l.quantity()).sum();
        return pieces + (delivery == null ? 0 : delivery.priceCents());
    }

    /** @param returnTo the order's return address on this server, where the provider sends the shopper back */
    public Paying pay(String linkId, @Nullable String orderId, PayChoice choice, URI returnTo) {
        Optional<ShopperOrder> found = underLink(linkId, orderId);
        if (found.isEmpty()) {
            return new Paying.NotFound();
        }
        ShopperOrder order = found.get();
        Optional<Paying> settled = settled(order);
        if (settled.isPresent()) {
            return settled.get();
        }
        boolean card = "card".equals(choice.payment());
        if (!card && !("in-store".equals(choice.payment()) && order.kind().equals("collect"))) {
            return new Paying.Refused(List.of("problem.payment.choice"));
        }
        DeliveryOption delivery = null;
        String address = null;
        if (order.kind().equals("deliver")) {
            Optional<DeliveryOption> option = choice.delivery() == null ? Optional.empty() : DeliveryOption.of(choice.delivery());
            List<String> problems = choice.address() == null ? List.of("problem.address.name") : choice.address().problems();
            if (option.isEmpty() || !problems.isEmpty()) {
                return new Paying.Refused(option.isEmpty() ? concat("problem.order.delivery", problems) : problems);
            }
            delivery = option.get();
            address = choice.address().lines();
        }
        PaymentProvider provider = card ? providers.online() : providers.inStore();
        long total = total(order, delivery);
        PaymentProvider.Started started = provider.start(order.id(), total, settings.currency(), description(order), returnTo);
        String reference = started instanceof PaymentProvider.Started.Redirect r ? r.reference()
                : ((PaymentProvider.Started.NothingNow) started).reference();
        if (orders.choosePayment(order.id(), provider.name(), reference, total, delivery == null ? null : delivery.code(), address) == 0) {
            provider.cancel(reference);
            return settled(orders.findById(order.id()).orElseThrow()).orElse(new Paying.RanOut());
        }
        if (started instanceof PaymentProvider.Started.Redirect r) {
            return new Paying.GoTo(r.page());
        }
        return complete(orders.findById(order.id()).orElseThrow(), provider, reference);
    }

    /** The shopper is back from the provider's page with {@code ref}: ask the provider, then take the money, once. */
    public Paying returned(String linkId, @Nullable String orderId, @Nullable String ref) {
        Optional<ShopperOrder> found = underLink(linkId, orderId);
        if (found.isEmpty()) {
            return new Paying.NotFound();
        }
        ShopperOrder order = found.get();
        Optional<Paying> settled = settled(order);
        if (settled.isPresent()) {
            return settled.get();
        }
        if (ref == null || !ref.equals(order.paymentRef()) || order.payment() == null) {
            return new Paying.Declined("payment.not-finished");
        }
        PaymentProvider provider = providers.named(order.payment()).orElseThrow();
        PaymentProvider.Authorisation authorisation = provider.authorisation(ref);
        if (authorisation instanceof PaymentProvider.Authorisation.Declined d) {
            return new Paying.Declined(d.reasonKey());
        }
        if (authorisation instanceof PaymentProvider.Authorisation.Pending) {
            return new Paying.Declined("payment.not-finished");
        }
        return complete(order, provider, ref);
    }

    /** Authorised: keep the unit (unless the cart ran out meanwhile), capture, then place the order once. */
    private Paying complete(ShopperOrder order, PaymentProvider provider, String ref) {
        long now = System.currentTimeMillis();
        if (order.heldUntil() != null && order.heldUntil() < now || !writes.secure(order, now)) {
            provider.cancel(ref);
            writes.abandon(order);
            return new Paying.RanOut();
        }
        PaymentProvider.Capture capture = provider.capture(ref);
        if (capture instanceof PaymentProvider.Capture.Failed f) {
            writes.fail(order);
            return new Paying.Failed(f.reasonKey());
        }
        if (writes.place(order, now)) {
            ShopperOrder placed = orders.findById(order.id()).orElseThrow();
            news.placed(placed);
            return new Paying.Placed(placed);
        }
        return settled(orders.findById(order.id()).orElseThrow()).orElse(new Paying.RanOut());
    }

    /** An order already past paying: placed, failed or run out. Empty while it is being paid. */
    private static Optional<Paying> settled(ShopperOrder order) {
        if (PLACED.contains(order.status())) {
            return Optional.of(new Paying.Placed(order));
        }
        if (order.status().equals("failed")) {
            return Optional.of(new Paying.Failed("payment.capture-failed"));
        }
        if (!order.status().equals("paying")) {
            return Optional.of(new Paying.RanOut());
        }
        return Optional.empty();
    }

    private static String description(ShopperOrder order) {
        return "Lien order " + order.id().substring(0, 8);
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }
}
