package io.lien.server.orders.application;

import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.moments.Moment;
import io.lien.server.moments.MomentStream;
import io.lien.server.moments.model.MomentKind;
import io.lien.server.moments.model.MomentTexts;
import io.lien.server.orders.ShopperOrder;
import io.lien.server.orders.ShopperOrderRepository;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Product;
import io.lien.server.registry.Store;
import io.lien.server.selections.Selection;
import io.lien.server.selections.SelectionRepository;
import io.lien.server.selections.application.OpeningSelection;
import io.lien.server.settings.OrderSettings;
import io.lien.server.stock.Variant;
import io.lien.server.stock.VariantRepository;
import io.lien.server.stock.application.Availability;
import io.lien.server.stock.application.StockLedger;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A shopper reserves a piece of their selection to try on in a store: no payment; the unit is held
 * until the store's closing time on the next day ({@code lien.orders.try-on-*}), then released.
 * The same request twice (a double tap, a retry, the back button) is one reservation; the store's
 * tablets hear of it once, as a moment to act on ("put it aside").
 */
@Singleton
public class ReservingToTry {

    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{8,40}");

    public sealed interface Outcome {
        /** {@code again}: this request had already made it (nothing new held, nothing new told). */
        record Reserved(ShopperOrder order, Product product, Variant variant, Store store, boolean again) implements Outcome {
        }

        /** Not in that store any more: what there is of the piece, size by size and place by place. */
        record NotAvailable(Product product, Variant variant, Store store, List<Availability.Line> whatIs) implements Outcome {
        }

        /** The link leads nowhere (unknown, or past its three months). */
        record NoSelection() implements Outcome {
        }

        /** A request the page never sends (another product, an unknown store or size, no request id). */
        record Refused(String key, List<Object> values) implements Outcome {
            public Refused {
                values = List.copyOf(values);
            }
        }
    }

    private final SelectionRepository selections;
    private final ClientDirectory clients;
    private final DeviceRegistry registry;
    private final VariantRepository variants;
    private final ShopperOrderRepository orders;
    private final OrderWrites writes;
    private final MomentStream moments;
    private final OrderSettings settings;

    ReservingToTry(SelectionRepository selections, ClientDirectory clients, DeviceRegistry registry, VariantRepository variants,
                   ShopperOrderRepository orders, OrderWrites writes, MomentStream moments, OrderSettings settings) {
        this.selections = selections;
        this.clients = clients;
        this.registry = registry;
        this.variants = variants;
        this.orders = orders;
        this.writes = writes;
        this.moments = moments;
        this.settings = settings;
    }

    public Outcome reserve(String linkId, @Nullable String variantId, @Nullable String storeId, @Nullable String requestId) {
        long now = System.currentTimeMillis();
        Optional<Selection> selection = OpeningSelection.wellFormed(linkId) ? selections.findById(linkId) : Optional.empty();
        if (selection.isEmpty() || !OpeningSelection.live(selection.get(), now)) {
            return new Outcome.NoSelection();
        }
        Selection s = selection.get();
        if (requestId == null || !REQUEST_ID.matcher(requestId).matches()) {
            return new Outcome.Refused("problem.order.request-id", List.of());
        }
        Optional<Variant> variant = variantId == null ? Optional.empty() : variants.findById(variantId);
        if (variant.isEmpty() || !s.products().contains(variant.get().productId())) {
            return new Outcome.Refused("problem.order.not-in-selection", List.of(String.valueOf(variantId)));
        }
        Optional<Store> store = storeId == null ? Optional.empty() : registry.store(storeId);
        Optional<Client> client = clients.find(s.clientId());
        Optional<Product> product = registry.product(variant.get().productId());
        if (store.isEmpty() || client.isEmpty() || product.isEmpty()) {
            return new Outcome.Refused("problem.order.unknown-store", List.of(String.valueOf(storeId)));
        }
        // one order per form sent and per choice in it: the same tap twice is one, another size is another
        String request = digest(s.id() + ":" + requestId + ":" + variant.get().id() + "@" + storeId);
        Optional<ShopperOrder> earlier = orders.findByRequestId(request);
        if (earlier.isPresent()) {
            return new Outcome.Reserved(earlier.get(), product.get(), variant.get(), store.get(), true);
        }
        long until = heldUntil(now, registry.timeZone(storeId));
        OrderWrites.Placing placing;
        try {
            placing = writes.tryOn(s, variant.get(), product.get().priceCents(), storeId, request, now, until);
        } catch (DataAccessException sameRequestAtTheSameTime) {
            // the request id is unique: the other tap wrote it, and this transaction (its hold too) rolled back
            Optional<ShopperOrder> other = orders.findByRequestId(request);
            if (other.isEmpty()) {
                throw sameRequestAtTheSameTime;
            }
            return new Outcome.Reserved(other.get(), product.get(), variant.get(), store.get(), true);
        }
        if (placing instanceof OrderWrites.Placing.NotPlaced n) {
            if (n.why() instanceof StockLedger.Outcome.NotAvailable na) {
                return new Outcome.NotAvailable(product.get(), variant.get(), store.get(), na.whatIs());
            }
            StockLedger.Outcome.Refused r = (StockLedger.Outcome.Refused) n.why();
            return new Outcome.Refused(r.key(), r.values());
        }
        ShopperOrder order = ((OrderWrites.Placing.Placed) placing).order();
        moments.append(new Moment(null, storeId, now, MomentKind.RESERVATION,
                MomentTexts.reservedToTry(client.get().firstName(), product.get().id(), variant.get().size()), client.get().id(),
                client.get().approachability().code(), null, null, product.get().id(), null, null, s.advisor()));
        return new Outcome.Reserved(order, product.get(), variant.get(), store.get(), false);
    }

    private static String digest(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The store's closing time, {@code try-on-days} after today, in its time zone. */
    long heldUntil(long now, ZoneId zone) {
        ZonedDateTime today = Instant.ofEpochMilli(now).atZone(zone);
        return today.toLocalDate().plusDays(settings.tryOnDays()).atTime(settings.tryOnUntil()).atZone(zone).toInstant().toEpochMilli();
    }
}
