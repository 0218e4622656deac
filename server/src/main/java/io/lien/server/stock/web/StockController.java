package io.lien.server.stock.web;

import io.lien.server.i18n.Phrase;
import io.lien.server.i18n.Wording;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.security.Roles;
import io.lien.server.security.StaffMember;
import io.lien.server.stock.StockLevel;
import io.lien.server.stock.StockLevelRepository;
import io.lien.server.stock.application.Availability;
import io.lien.server.stock.application.StockImport;
import io.lien.server.stock.application.StockLedger;
import io.lien.server.web.Problems;
import io.lien.server.web.ReaderLanguage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.util.ArrayList;
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

    /** A stock system's counts for one store: a variant by id or SKU, and the units on hand. */
    @Serdeable
    record Levels(@Nullable List<LevelIn> levels) {
    }

    @Serdeable
    record LevelIn(@Nullable String variantId, @Nullable String sku, @Nullable Integer onHand) {
    }

    @Serdeable
    record Refused(long line, String reason) {
    }

    /** What an import did: lines read, counted, already so, and each refusal with its line and why. */
    @Serdeable
    record ImportReport(int lines, int counted, int unchanged, List<Refused> refused) {
    }

    private final Availability availability;
    private final StockLedger ledger;
    private final StockLevelRepository levels;
    private final DeviceRegistry registry;

    private final StockImport imports;

    StockController(Availability availability, StockLedger ledger, StockLevelRepository levels, DeviceRegistry registry,
                    StockImport imports) {
        this.imports = imports;
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

    /** Counts from a stock system, as JSON ({@code {"levels":[{"sku":"…","onHand":3}]}}). */
    @Post(value = "/api/stores/{storeId}/stock/levels", consumes = MediaType.APPLICATION_JSON)
    @Secured(Roles.MANAGER)
    ImportReport importJson(String storeId, @Body Levels body, StaffMember who, ReaderLanguage reader) {
        List<LevelIn> given = body.levels() == null ? List.of() : body.levels();
        List<StockImport.Line> lines = new ArrayList<>();
        for (int i = 0; i < given.size() && i <= StockImport.MAX_LINES; i++) {
            LevelIn l = given.get(i);
            lines.add(l == null ? new StockImport.Line(i + 1, null, null, null)
                    : new StockImport.Line(i + 1, l.variantId(), l.sku(), l.onHand() == null ? null : String.valueOf(l.onHand())));
        }
        return report(storeId, lines, who, reader);
    }

    /** The same as a CSV file: a header naming {@code variant_id} or {@code sku}, and {@code on_hand}. */
    @Post(value = "/api/stores/{storeId}/stock/levels", consumes = "text/csv")
    @Secured(Roles.MANAGER)
    ImportReport importCsv(String storeId, @Body String csv, StaffMember who, ReaderLanguage reader) throws IOException {
        List<StockImport.Line> lines = StockImport.csv(csv).orElseThrow(() -> new Problems.BadRequest("problem.stock.import.header"));
        return report(storeId, lines, who, reader);
    }

    private ImportReport report(String storeId, List<StockImport.Line> lines, StaffMember who, ReaderLanguage reader) {
        if (lines.isEmpty() || lines.size() > StockImport.MAX_LINES) {
            throw new Problems.BadRequest("problem.stock.import.lines", StockImport.MAX_LINES);
        }
        StockImport.Report done = imports.lines(storeId, lines, who.username());
        return new ImportReport(done.lines(), done.counted(), done.unchanged(), done.refusals().stream()
                .map(r -> new Refused(r.line(), Wording.plain(r.why(), reader.locale()))).toList());
    }
}
