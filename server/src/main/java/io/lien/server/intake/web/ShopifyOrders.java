package io.lien.server.intake.web;

import io.lien.server.intake.model.IntakeOrder;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.web.Problems;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Shopify order as Lien records it: the order's name ({@code #1001}) is its id, as in Shopify's
 * CSV export (importing the export after the webhook finds the same lines); the channel from its
 * source (the POS is the store); a SKU that is a Lien product id names the product.
 */
@Singleton
class ShopifyOrders {

    private final DeviceRegistry registry;

    ShopifyOrders(DeviceRegistry registry) {
        this.registry = registry;
    }

    IntakeOrder order(IntakeBodies.ShopifyOrder o) {
        List<IntakeOrder.Line> lines = new ArrayList<>();
        for (IntakeBodies.ShopifyLine l : o.line_items() == null ? List.<IntakeBodies.ShopifyLine>of() : o.line_items()) {
            int quantity = l.quantity() == null ? 0 : l.quantity();
            String sku = l.sku() != null && l.sku().matches("[A-Za-z0-9_-]{1,32}") && registry.product(l.sku()).isPresent() ? l.sku() : null;
            lines.add(new IntakeOrder.Line(sku, sku == null ? null : l.variant_title(), quantity, cents(l.price()) * Math.max(quantity, 0),
                    l.title()));
        }
        String email = o.email() != null ? o.email() : o.customer() == null ? null : o.customer().email();
        return new IntakeOrder("shopify", o.name(), channel(o.source_name()), null, email, instant(o.created_at()), null, lines);
    }

    static String channel(String source) {
        return switch (source == null ? "" : source.toLowerCase(Locale.ROOT)) {
            case "pos" -> "store";
            case "iphone", "android", "shopify_mobile", "mobile_app" -> "app";
            case "shopify_draft_order", "phone" -> "phone";
            default -> "web";
        };
    }

    static long cents(String price) {
        try {
            return price == null ? -1 : new BigDecimal(price).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new Problems.BadRequest("problem.intake.price", String.valueOf(price));
        }
    }

    /** An ISO-8601 date-time with its offset ("2026-12-06T10:15:00+01:00"), as both formats send it. */
    static long instant(String text) {
        try {
            return text == null ? -1 : OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new Problems.BadRequest("problem.intake.when");
        }
    }
}
