package io.lien.server.stock.application;

import io.lien.server.stock.StockLevel;
import io.lien.server.stock.StockLevelRepository;
import io.lien.server.stock.Variant;
import io.lien.server.stock.VariantRepository;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        Map<String, Variant> byId = all.stream().collect(Collectors.toMap(Variant::id, Function.identity()));
        List<Line> lines = new ArrayList<>();
        for (StockLevel level : levels.findByVariantIdInOrderByLocationId(byId.keySet())) {
            Variant v = byId.get(level.variantId());
            lines.add(new Line(v.id(), v.size(), v.colour(), level.locationId(), level.available()));
        }
        lines.sort((a, b) -> a.variantId().equals(b.variantId()) ? a.locationId().compareTo(b.locationId())
                : Integer.compare(indexOf(all, a.variantId()), indexOf(all, b.variantId())));
        return lines;
    }

    private static int indexOf(List<Variant> all, String variantId) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(variantId)) {
                return i;
            }
        }
        return -1;
    }
}
