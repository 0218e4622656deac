package io.lien.server.stock.application;

import io.lien.server.i18n.Phrase;
import io.lien.server.stock.StockLevel;
import io.lien.server.stock.StockLevelRepository;
import io.lien.server.stock.Variant;
import io.lien.server.stock.VariantRepository;
import io.lien.server.imports.model.CsvReader;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts from a stock system, as JSON lines or a CSV file ({@code variant_id} or {@code sku}, and
 * {@code on_hand}): each line a count through the ledger (never below what is held), each refusal
 * reported with its line and why; the lines that are fine are counted whatever the others.
 * Importing the same counts twice changes nothing the second time.
 */
@Singleton
public class StockImport {

    /** Lines in one import: a store's whole range, not a warehouse's history. */
    public static final int MAX_LINES = 20_000;

    /** One line as given: a variant by id or by SKU, and the units on hand as text (checked here). */
    public record Line(long line, @Nullable String variantId, @Nullable String sku, @Nullable String onHand,
                       @Nullable String malformed) {
        public Line(long line, @Nullable String variantId, @Nullable String sku, @Nullable String onHand) {
            this(line, variantId, sku, onHand, null);
        }
    }

    public record Refusal(long line, Phrase why) {
    }

    public record Report(int lines, int counted, int unchanged, List<Refusal> refusals) {
    }

    private final StockLedger ledger;
    private final VariantRepository variants;
    private final StockLevelRepository levels;

    StockImport(StockLedger ledger, VariantRepository variants, StockLevelRepository levels) {
        this.ledger = ledger;
        this.variants = variants;
        this.levels = levels;
    }

    public Report lines(String locationId, List<Line> lines, String actor) {
        int counted = 0;
        int unchanged = 0;
        List<Refusal> refusals = new ArrayList<>();
        for (Line l : lines) {
            Optional<Variant> variant = l.variantId() != null ? variants.findById(l.variantId())
                    : l.sku() != null ? variants.findBySku(l.sku()) : Optional.empty();
            Integer onHand = number(l.onHand());
            if (l.malformed() != null) {
                refusals.add(new Refusal(l.line(), Phrase.with("problem.stock.import.malformed", l.malformed())));
            } else if (variant.isEmpty()) {
                refusals.add(new Refusal(l.line(), Phrase.with("problem.stock.import.variant",
                        String.valueOf(l.variantId() != null ? l.variantId() : l.sku()))));
            } else if (onHand == null) {
                refusals.add(new Refusal(l.line(), Phrase.with("problem.stock.import.on-hand", String.valueOf(l.onHand()))));
            } else if (levels.findById(StockLevel.idOf(locationId, variant.get().id())).map(s -> s.onHand() == onHand).orElse(false)) {
                unchanged++;
            } else if (ledger.count(locationId, variant.get().id(), onHand, "import", actor, "line " + l.line())
                    instanceof StockLedger.Outcome.Refused r) {
                refusals.add(new Refusal(l.line(), Phrase.with(r.key(), r.values().toArray())));
            } else {
                counted++;
            }
        }
        return new Report(lines.size(), counted, unchanged, refusals);
    }

    /** The lines of a CSV file with a header naming {@code variant_id} or {@code sku}, and {@code on_hand}; empty when it names neither. */
    public static Optional<List<Line>> csv(String text) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(text));
        CsvReader.Row header = reader.next();
        if (header == null || !header.ok()) {
            return Optional.empty();
        }
        List<String> names = header.fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        int variant = names.indexOf("variant_id");
        int sku = names.indexOf("sku");
        int onHand = names.indexOf("on_hand");
        if (onHand < 0 || variant < 0 && sku < 0) {
            return Optional.empty();
        }
        List<Line> lines = new ArrayList<>();
        for (CsvReader.Row row = reader.next(); row != null && lines.size() <= MAX_LINES; row = reader.next()) {
            if (!row.ok()) {
                lines.add(new Line(row.line(), null, null, null, row.problem()));
                continue;
            }
            if (row.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            lines.add(new Line(row.line(), field(row, variant), field(row, sku), field(row, onHand)));
        }
        return Optional.of(lines);
    }

    private static String field(CsvReader.Row row, int index) {
        if (index < 0 || index >= row.fields().size()) {
            return null;
        }
        String value = row.fields().get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static Integer number(String text) {
        if (text == null || !text.matches("\\d{1,7}")) {
            return null;
        }
        return Integer.parseInt(text);
    }
}
