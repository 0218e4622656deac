package io.lien.server.stock.web;

import io.lien.server.i18n.Phrase;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.security.Roles;
import io.lien.server.security.StaffMember;
import io.lien.server.stock.StockLevel;
import io.lien.server.stock.StockLevelRepository;
import io.lien.server.stock.application.Availability;
import io.lien.server.stock.application.StockLedger;
import io.lien.server.web.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What there is of a garment, size by size and place by place; a manager's count of their shelves. */
@Controller
@Secured({Roles.ADVISOR, Roles.MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class StockController {

    static final int MAX_NOTE = 200;

    /** {@code available} = on hand − held, at a store or "web". */
    @Serdeable
    record Line(String variantId, String size, @Nullable String colour, String locationId, int available) {
    }

    @Serdeable
    record Level(String locationId, String variantId, int onHand, int held, int available, long updatedAt) {
        static Level of(StockLevel l) {
            return new Level(l.locationId(), l.variantId(), l.onHand(), l.held(), l.available(), l.updatedAt());
        }
    }

    /** A shelf count: the units of {@code variantId} on hand in the store now, and why ("weekly count"). */
    @Serdeable
    record Count(@Nullable String variantId, @Nullable Integer onHand, @Nullable String note) {
    }

    private final Availability availability;
    private final StockLedger ledger;
    private final StockLevelRepository levels;
    private final DeviceRegistry registry;

    StockController(Availability availability, StockLedger ledger, StockLevelRepository levels, DeviceRegistry registry) {
        this.availability = availability;
        this.ledger = ledger;
        this.levels = levels;
        this.registry = registry;
    }

    @Get("/api/products/{productId}/availability")
    List<Line> availability(String productId) {
        if (registry.product(productId).isEmpty()) {
            throw new Problems.NotFound("problem.stock.unknown-product", productId);
        }
        return availability.of(productId).stream()
                .map(l -> new Line(l.variantId(), l.size(), l.colour(), l.locationId(), l.available())).toList();
    }

    @Get("/api/stores/{storeId}/stock")
    List<Level> store(String storeId, StaffMember who) {
        return levels.findByLocationIdOrderByVariantId(storeId).stream().map(Level::of).toList();
    }

    /** A manager's count, logged as a movement with who and why; never below what is held. */
    @Post("/api/stores/{storeId}/stock/counts")
    @Secured(Roles.MANAGER)
    HttpResponse<Level> count(String storeId, @Body Count count, StaffMember who) {
        if (count.variantId() == null || count.onHand() == null) {
            throw new Problems.BadRequest("problem.stock.count-body");
        }
        if (count.note() != null && count.note().length() > MAX_NOTE) {
            throw new Problems.BadRequest("problem.stock.note", MAX_NOTE);
        }
        StockLedger.Outcome outcome = ledger.count(storeId, count.variantId(), count.onHand(), "correction", who.username(),
                count.note());
        if (outcome instanceof StockLedger.Outcome.Counted c) {
            return HttpResponse.ok(Level.of(c.level()));
        }
        StockLedger.Outcome.Refused refused = (StockLedger.Outcome.Refused) outcome;
        Phrase why = Phrase.with(refused.key(), refused.values().toArray());
        // below what is held: the count is fine, the shelves moved on (units are set aside for someone)
        throw refused.key().equals("problem.stock.below-held") ? new Problems.Conflict(why) : new Problems.BadRequest(why);
    }
}
