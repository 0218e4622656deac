package io.lien.server.stock.application;

import io.lien.server.stock.StockLevel;
import io.lien.server.stock.StockLevelRepository;
import io.lien.server.stock.Variant;
import io.lien.server.stock.VariantRepository;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What there is of a product now, size by size and place by place: the answer to "is there a 38?". */
@Singleton
public class Availability {

    /** {@code available}: on hand minus held, at {@code locationId} (a store id, or "web"). */
    public record Line(String variantId, String size, String colour, String locationId, int available) {
    }

    private final VariantRepository variants;
    private final StockLevelRepository levels;

    Availability(VariantRepository variants, StockLevelRepository levels) {
        this.variants = variants;
        this.levels = levels;
    }

    /** Every variant of the product at every location that stocks it, in the catalogue's order of variants. */
    public List<Line> of(String productId) {
        List<Variant> all = variants.findByProductIdOrderBySizeOrderAscAndIdAsc(productId);
        if (all.isEmpty()) {
            return List.of();
        }
        // the levels come by location; laid out variant by variant, in the catalogue's order of sizes
        Map<String, List<StockLevel>> byVariant = new HashMap<>();
        for (StockLevel level : levels.findByVariantIdInOrderByLocationId(all.stream().map(Variant::id).toList())) {
            byVariant.computeIfAbsent(level.variantId(), v -> new ArrayList<>()).add(level);
        }
        List<Line> lines = new ArrayList<>();
        for (Variant v : all) {
            for (StockLevel level : byVariant.getOrDefault(v.id(), List.of())) {
                lines.add(new Line(v.id(), v.size(), v.colour(), level.locationId(), level.available()));
            }
        }
        return lines;
    }
}
