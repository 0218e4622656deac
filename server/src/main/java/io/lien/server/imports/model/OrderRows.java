package io.lien.server.imports.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Order-line rows of both formats. */
final class OrderRows {

    static final List<String> CHANNELS = List.of("store", "web", "app", "phone");

    private OrderRows() {
    }

    static Parsed<?> lien(Fields f) {
        try {
            String ref = f.required("ref", 64);
            return new Parsed.Ok<>(new ImportedOrderLine("lien:" + ref, f.id("client_id"), null, f.time("ts"),
                    f.oneOf("channel", CHANNELS, null), f.oneOf("kind", List.of("order", "return"), "order"),
                    f.optionalId("product_id"), ClientRows.blank(f.text("size", 16)), f.cents("amount", 1),
                    f.required("summary", 400), f.optionalId("store_id")));
        } catch (Fields.Bad bad) {
            return Parsed.refused(bad.getMessage());
        }
    }

    /**
     * Shopify's order export: one row per line item, the order's own fields (e-mail, date, source)
     * only on its first row. A line's reference is the order name and its place in the order.
     */
    static final class Shopify implements Format.RowMapper {
        private final Map<String, Integer> columns;
        private String order;
        private String email;
        private Long createdAt;
        private String source;
        private int line;

        Shopify(Map<String, Integer> columns) {
            this.columns = columns;
        }

        @Override
        public Parsed<?> map(List<String> values) {
            Fields f = Fields.of(columns, values);
            try {
                String name = f.required("name", 40);
                if (!name.equals(order)) {
                    order = name;
                    line = 0;
                    email = f.email("email");
                    createdAt = f.text("created at", 40).isEmpty() ? null : f.time("created at");
                    source = f.text("source", 40).toLowerCase(Locale.ROOT);
                }
                line++;
                if (email == null) {
                    return Parsed.refused("order " + name + " has no customer e-mail");
                }
                if (createdAt == null) {
                    return Parsed.refused("order " + name + " has no created at");
                }
                int quantity = f.count("lineitem quantity", 10_000);
                String sku = f.text("lineitem sku", 64);
                return new Parsed.Ok<>(new ImportedOrderLine("shopify:" + name + ":" + line, null, email, createdAt,
                        channel(source), "order", sku.matches("[A-Za-z0-9_-]{1,32}") ? sku : null, null,
                        f.cents("lineitem price", quantity), (quantity > 1 ? quantity + " × " : "") + f.required("lineitem name", 380), null));
            } catch (Fields.Bad bad) {
                return Parsed.refused(bad.getMessage());
            }
        }

        private static String channel(String source) {
            return switch (source) {
                case "pos" -> "store";
                case "iphone", "android", "shopify_mobile", "mobile_app" -> "app";
                case "shopify_draft_order", "phone" -> "phone";
                default -> "web";
            };
        }
    }
}
