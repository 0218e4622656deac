package io.lien.server.imports.model;

import java.util.List;
import java.util.Map;

/**
 * Lien's catalogue CSV, one row per variant (docs/import.md): {@code product_id, size, category, price} and
 * at least one {@code name_<language>}; optional {@code collection, colour, sku, size_order, image_url}.
 */
public final class CatalogueRows {

    /** The columns that tell a catalogue file. */
    public static final List<String> SIGNATURE = List.of("product_id", "size", "category", "price");

    private CatalogueRows() {
    }

    public static boolean recognises(List<String> header) {
        return Fields.index(header).keySet().containsAll(SIGNATURE);
    }

    /** Reads one row with the file's column index. */
    public static Parsed<ImportedVariant> read(Map<String, Integer> columns, List<String> values) {
        try {
            Fields f = Fields.of(columns, values);
            String productId = f.id("product_id");
            Map<String, String> names = f.byLanguage("name_", 120);
            if (names.isEmpty()) {
                throw new Fields.Bad("a name is missing (name_en, name_fr…)");
            }
            Integer price = f.price("price");
            if (price == null) {
                throw new Fields.Bad("price is missing");
            }
            String image = f.text("image_url", 500);
            if (!image.isEmpty() && !image.matches("https?://[^\\s\"<>]+")) {
                throw new Fields.Bad("image_url '" + cut(image) + "' is not an http(s) address");
            }
            String order = f.text("size_order", 5);
            if (!order.isEmpty() && !order.matches("\\d{1,4}")) {
                throw new Fields.Bad("size_order '" + order + "' is not a whole number up to 9999");
            }
            String colour = f.text("colour", 32);
            String sku = f.text("sku", 64);
            return new Parsed.Ok<>(new ImportedVariant(productId, f.required("category", 40), blankToNull(f.text("collection", 40)),
                    price, blankToNull(image), names, size(f), order.isEmpty() ? -1 : Integer.parseInt(order), blankToNull(colour),
                    blankToNull(sku)));
        } catch (Fields.Bad bad) {
            return Parsed.refused(bad.getMessage());
        }
    }

    private static String size(Fields f) {
        String size = f.required("size", 16);
        if (size.contains("/")) {
            throw new Fields.Bad("size '" + size + "' cannot contain /");
        }
        return size;
    }

    /** Lien's checks for a variant given another way (JSON): the same rules as a CSV row. */
    public static Parsed<ImportedVariant> check(ImportedVariant v) {
        if (v.productId() == null || !v.productId().matches("[A-Za-z0-9_-]{1,32}")) {
            return Parsed.refused("id '" + cut(String.valueOf(v.productId())) + "' must match [A-Za-z0-9_-]{1,32}");
        }
        if (v.names().isEmpty() || v.names().values().stream().anyMatch(n -> n.isBlank() || n.length() > 120)
                || v.names().keySet().stream().anyMatch(l -> !l.matches("[a-z]{2,3}(-[a-z0-9]{2,8})?"))) {
            return Parsed.refused("names: at least one, by language tag (en, fr), each 1–120 characters");
        }
        if (v.category() == null || v.category().isBlank() || v.category().length() > 40) {
            return Parsed.refused("category is missing or longer than 40 characters");
        }
        if (v.collection() != null && v.collection().length() > 40) {
            return Parsed.refused("collection is longer than 40 characters");
        }
        if (v.priceCents() < 0) {
            return Parsed.refused("price is missing or negative");
        }
        if (v.imageUrl() != null && (v.imageUrl().length() > 500 || !v.imageUrl().matches("https?://[^\\s\"<>]+"))) {
            return Parsed.refused("image '" + cut(v.imageUrl()) + "' is not an http(s) address");
        }
        if (v.size() == null || v.size().isBlank() || v.size().length() > 16 || v.size().contains("/")) {
            return Parsed.refused("size is missing, longer than 16 characters, or contains /");
        }
        if (v.colour() != null && v.colour().length() > 32 || v.sku() != null && v.sku().length() > 64) {
            return Parsed.refused("colour (32) or sku (64) is too long");
        }
        return new Parsed.Ok<>(v);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String cut(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
