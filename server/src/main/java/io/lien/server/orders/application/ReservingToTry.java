package io.lien.server.orders.application;

import io.lien.server.advisors.Advisor;
import io.lien.server.advisors.AdvisorRepository;
import io.lien.server.clients.Client;
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
import io.lien.server.settings.OrderSettings;
import io.lien.server.stock.Variant;
import io.lien.server.stock.application.Availability;
import io.lien.server.stock.application.StockLedger;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A shopper reserves a piece of their selection to try on in a store: no payment; the unit is held
 * until the store's closing time on the next day ({@code lien.orders.try-on-*}), then released.
 * The same request twice (a double tap, a retry, the back button) is one reservation; the store's
 * tablets hear of it once, as a moment to act on ("put it aside").
 */
@Singleton
public class ReservingToTry {

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

    private final ChosenPiece chosen;
    private final DeviceRegistry registry;
    private final ShopperOrderRepository orders;
    private final OrderWrites writes;
    private final MomentStream moments;
    private final OrderSettings settings;
    private final OrderMessages messages;
    private final AdvisorRepository advisors;
    private final io.lien.server.registry.StoreHours hours;

    ReservingToTry(ChosenPiece chosen, DeviceRegistry registry, ShopperOrderRepository orders, OrderWrites writes, MomentStream moments,
                   OrderSettings settings, OrderMessages messages, AdvisorRepository advisors, io.lien.server.registry.StoreHours hours) {
        this.hours = hours;
        this.messages = messages;
        this.advisors = advisors;
        this.chosen = chosen;
        this.registry = registry;
        this.orders = orders;
        this.writes = writes;
        this.moments = moments;
        this.settings = settings;
    }

    public Outcome reserve(String linkId, @Nullable String variantId, @Nullable String storeId, @Nullable String requestId) {
        long now = System.currentTimeMillis();
        ChosenPiece.Choice choice = chosen.of(linkId, variantId, storeId, requestId, "try-on", now);
        if (choice instanceof ChosenPiece.Choice.NoSelection) {
            return new Outcome.NoSelection();
        }
        if (choice instanceof ChosenPiece.Choice.Refused r) {
            return new Outcome.Refused(r.key(), r.values());
        }
        ChosenPiece.Choice.Chosen c = (ChosenPiece.Choice.Chosen) choice;
        Selection s = c.selection();
        Product product = c.product();
        Variant variant = c.variant();
        Store store = c.store();
        Client client = c.client();
        String request = c.request();
        Optional<ShopperOrder> earlier = orders.findByRequestId(request);
        if (earlier.isPresent()) {
            return new Outcome.Reserved(earlier.get(), product, variant, store, true);
        }
        long until = heldUntil(now, storeId, registry.timeZone(storeId));
        OrderWrites.Placing placing;
        try {
            placing = writes.tryOn(s, variant, product.priceCents(), storeId, request, now, until);
        } catch (DataAccessException sameRequestAtTheSameTime) {
            // the request id is unique: the other tap wrote it, and this transaction (its hold too) rolled back
            Optional<ShopperOrder> other = orders.findByRequestId(request);
            if (other.isEmpty()) {
                throw sameRequestAtTheSameTime;
            }
            return new Outcome.Reserved(other.get(), product, variant, store, true);
        }
        if (placing instanceof OrderWrites.Placing.NotPlaced n) {
            if (n.why() instanceof StockLedger.Outcome.NotAvailable na) {
                return new Outcome.NotAvailable(product, variant, store, na.whatIs());
            }
            StockLedger.Outcome.Refused r = (StockLedger.Outcome.Refused) n.why();
            return new Outcome.Refused(r.key(), r.values());
        }
        ShopperOrder order = ((OrderWrites.Placing.Placed) placing).order();
        moments.append(new Moment(null, storeId, now, MomentKind.RESERVATION,
                MomentTexts.reservedToTry(client.firstName(), product.id(), variant.size(),
                        Instant.ofEpochMilli(until).atZone(registry.timeZone(store.id())).getDayOfWeek(),
                        advisors.findById(s.advisor()).map(Advisor::firstName).orElse(s.advisor())), client.id(),
                client.approachability().code(), null, null, product.id(), null, null, s.advisor()));
        messages.placed(order);
        return new Outcome.Reserved(order, product, variant, store, false);
    }

    /**
     * The store's closing time, {@code try-on-days} after today (the next open day), in its time zone: from the
     * opening hours its back office gave, else from the settings' closing time and closed days.
     */
    long heldUntil(long now, String storeId, ZoneId zone) {
        return heldUntil(now, zone, settings, hours.of(storeId));
    }

    static long heldUntil(long now, ZoneId zone, OrderSettings settings,
                          java.util.Optional<io.lien.server.registry.model.OpeningHours> openingHours) {
        ZonedDateTime today = Instant.ofEpochMilli(now).atZone(zone);
        java.time.LocalDate first = today.toLocalDate().plusDays(settings.tryOnDays());
        java.util.Optional<java.time.LocalDateTime> closing = openingHours.flatMap(h -> io.lien.server.registry.StoreHours.closingFrom(h, first));
        if (closing.isPresent()) {
            return closing.get().atZone(zone).toInstant().toEpochMilli();
        }
        java.time.LocalDate day = first;
        // the end of the next day the store is open: a reservation made on Saturday waits until Monday evening, not a closed Sunday
        while (settings.closed().contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day.atTime(settings.tryOnUntil()).atZone(zone).toInstant().toEpochMilli();
    }
}
