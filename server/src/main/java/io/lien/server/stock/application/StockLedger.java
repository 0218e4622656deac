package io.lien.server.stock.application;

import io.lien.server.stock.StockChanged;
import io.lien.server.stock.StockHold;
import io.lien.server.stock.StockHoldRepository;
import io.lien.server.stock.StockLevel;
import io.lien.server.stock.StockLevelRepository;
import io.lien.server.stock.StockMovement;
import io.lien.server.stock.StockMovementRepository;
import io.lien.server.stock.Variant;
import io.lien.server.stock.VariantRepository;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The only writer of stock. A hold takes units with one conditional update of the count, in the
 * same transaction as the hold and its movement: of concurrent checkouts for the last unit exactly
 * one is held, the others learn what is left and where ({@link Availability}).
 */
@Singleton
public class StockLedger {

    /** At most this many units of one variant in one hold: a shopper's basket, not a wholesale order. */
    public static final int MAX_QUANTITY = 20;
    static final Set<String> PURPOSES = Set.of("cart", "try-on", "collect", "order");

    /** What a hold or a correction came to. */
    public sealed interface Outcome {
        record Held(StockHold hold) implements Outcome {
        }

        /** Not enough here now; {@code whatIs} says what there is of the product, size by size, place by place. */
        record NotAvailable(String locationId, Variant variant, int available, List<Availability.Line> whatIs) implements Outcome {
        }

        record Counted(StockLevel level) implements Outcome {
        }

        /** A request the ledger cannot take, with why (a message key and its values). */
        record Refused(String key, List<Object> values) implements Outcome {
            public Refused {
                values = List.copyOf(values);
            }
        }
    }

    private final VariantRepository variants;
    private final StockLevelRepository levels;
    private final StockHoldRepository holds;
    private final StockMovementRepository movements;
    private final Availability availability;
    private final ApplicationEventPublisher<StockChanged> changes;

    StockLedger(VariantRepository variants, StockLevelRepository levels, StockHoldRepository holds, StockMovementRepository movements,
                Availability availability, ApplicationEventPublisher<StockChanged> changes) {
        this.changes = changes;
        this.variants = variants;
        this.levels = levels;
        this.holds = holds;
        this.movements = movements;
        this.availability = availability;
    }

    /** Sets {@code quantity} units aside for {@code purpose} until {@code expiresAt} (null: until released or sold). */
    @Transactional
    public Outcome hold(String locationId, String variantId, int quantity, String purpose, @Nullable String reference,
                        @Nullable Long expiresAt, String actor) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            return new Outcome.Refused("problem.stock.quantity", List.of(MAX_QUANTITY));
        }
        if (!PURPOSES.contains(purpose)) {
            return new Outcome.Refused("problem.stock.purpose", List.of(String.valueOf(purpose)));
        }
        Optional<Variant> variant = variants.findById(variantId);
        if (variant.isEmpty()) {
            return new Outcome.Refused("problem.stock.unknown-variant", List.of(variantId));
        }
        long now = System.currentTimeMillis();
        String level = StockLevel.idOf(locationId, variantId);
        if (levels.hold(level, quantity, now) == 0) {
            int here = levels.findById(level).map(StockLevel::available).orElse(0);
            return new Outcome.NotAvailable(locationId, variant.get(), here, availability.of(variant.get().productId()));
        }
        StockHold hold = holds.save(new StockHold(UUID.randomUUID().toString(), locationId, variantId, quantity, purpose, reference,
                now, expiresAt, null, null));
        movements.save(new StockMovement(null, now, locationId, variantId, 0, quantity, "hold", actor, hold.id()));
        changes.publishEvent(new StockChanged(locationId, variantId));
        return new Outcome.Held(hold);
    }

    /** Gives a hold's units back; false when it had already ended (a replay changes nothing). */
    @Transactional
    public boolean release(String holdId, String actor) {
        return end(holdId, "released", actor);
    }

    /** The held units leave the shelf: sold. False when the hold had already ended. */
    @Transactional
    public boolean sell(String holdId, String actor) {
        return end(holdId, "sold", actor);
    }

    /**
     * A cart paid for: its hold now keeps the units for {@code purpose} until {@code until}. False
     * when the hold had already ended (the cart ran out while the shopper paid).
     */
    @Transactional
    public boolean keep(String holdId, String purpose, long until) {
        if (!PURPOSES.contains(purpose)) {
            throw new IllegalArgumentException("no hold purpose " + purpose);
        }
        return holds.keep(holdId, until, purpose) == 1;
    }

    /**
     * A sale another channel made (an order posted to the intake): its units leave the shelf of where
     * it was sold. The sale happened: it is recorded whatever the count says, but never below what
     * is held for shoppers here. False when Lien keeps no stock of that variant there.
     */
    @Transactional
    public boolean soldElsewhere(String locationId, String variantId, int quantity, String reference) {
        long now = System.currentTimeMillis();
        String level = StockLevel.idOf(locationId, variantId);
        if (quantity < 1 || levels.soldElsewhere(level, quantity, now) == 0) {
            return false;
        }
        movements.save(new StockMovement(null, now, locationId, variantId, -quantity, 0, "sale", "intake", reference));
        changes.publishEvent(new StockChanged(locationId, variantId));
        return true;
    }

    /** Releases every hold past its deadline; how many. */
    @Transactional
    public int expire(long now) {
        int expired = 0;
        for (StockHold h : holds.findByEndedAtIsNullAndExpiresAtLessThanEquals(now)) {
            expired += end(h.id(), "expired", "lien") ? 1 : 0;
        }
        return expired;
    }

    /** A count by hand (a manager) or by an import: the units on hand now, never below what is held. */
    @Transactional
    public Outcome count(String locationId, String variantId, int onHand, String why, String actor, @Nullable String reference) {
        if (onHand < 0 || onHand > 1_000_000) {
            return new Outcome.Refused("problem.stock.count", List.of(onHand));
        }
        if (variants.findById(variantId).isEmpty()) {
            return new Outcome.Refused("problem.stock.unknown-variant", List.of(variantId));
        }
        long now = System.currentTimeMillis();
        String id = StockLevel.idOf(locationId, variantId);
        Optional<StockLevel> before = levels.findById(id);
        if (before.isEmpty()) {
            levels.save(new StockLevel(id, locationId, variantId, onHand, 0, now));
        } else if (levels.count(id, onHand, now) == 0) {
            return new Outcome.Refused("problem.stock.below-held", List.of(onHand, levels.findById(id).map(StockLevel::held).orElse(0)));
        }
        int by = onHand - before.map(StockLevel::onHand).orElse(0);
        movements.save(new StockMovement(null, now, locationId, variantId, by, 0, why, actor, reference));
        changes.publishEvent(new StockChanged(locationId, variantId));
        return new Outcome.Counted(levels.findById(id).orElseThrow());
    }

    private boolean end(String holdId, String how, String actor) {
        Optional<StockHold> hold = holds.findById(holdId);
        long now = System.currentTimeMillis();
        if (hold.isEmpty() || holds.end(holdId, now, how) == 0) {
            return false;
        }
        StockHold h = hold.get();
        String level = StockLevel.idOf(h.locationId(), h.variantId());
        boolean sold = how.equals("sold");
        int changed = sold ? levels.sell(level, h.quantity(), now) : levels.release(level, h.quantity(), now);
        if (changed != 1) {
            // the hold counted its units in held: anything else is a broken invariant, not a refusal
            throw new IllegalStateException("stock " + level + " does not hold the " + h.quantity() + " of hold " + holdId);
        }
        movements.save(new StockMovement(null, now, h.locationId(), h.variantId(), sold ? -h.quantity() : 0, -h.quantity(),
                sold ? "sale" : how, actor, holdId));
        changes.publishEvent(new StockChanged(h.locationId(), h.variantId()));
        return true;
    }
}
