package io.lien.server.intake.web;

import io.lien.server.intake.ShopifyLineItem;
import io.lien.server.intake.ShopifyLineItemRepository;
import io.lien.server.intake.model.IntakeOrder;
import io.lien.server.intake.model.IntakeRefund;
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
    private final ShopifyLineItemRepository lineItems;

    ShopifyOrders(DeviceRegistry registry, ShopifyLineItemRepository lineItems) {
        this.registry = registry;
        this.lineItems = lineItems;
    }

    /** Remembers where each line item of the order is, for its refunds (once: a retried webhook changes nothing). */
    void remember(IntakeBodies.ShopifyOrder o) {
        if (o.id() == null || o.name() == null || o.line_items() == null) {
            return;
        }
        int position = 0;
        for (IntakeBodies.ShopifyLine l : o.line_items()) {
            position++;
            if (l.id() != null && !lineItems.existsById(l.id())) {
                lineItems.save(new ShopifyLineItem(l.id(), o.id(), o.name(), position));
            }
        }
    }

    /** A Shopify refund as Lien's: the order by its name, each line by its place, the money given back. */
    IntakeRefund refund(IntakeBodies.ShopifyRefund r) {
        List<ShopifyLineItem> known = r.order_id() == null ? List.of() : lineItems.findByOrderId(r.order_id());
        String orderName = known.isEmpty() ? String.valueOf(r.order_id()) : known.get(0).orderName();
        List<IntakeRefund.Line> lines = new ArrayList<>();
        for (IntakeBodies.ShopifyRefundLine l : r.refund_line_items() == null ? List.<IntakeBodies.ShopifyRefundLine>of()
                : r.refund_line_items()) {
            int position = known.stream().filter(k -> k.lineItemId().equals(l.line_item_id())).mapToInt(ShopifyLineItem::position)
                    .findFirst().orElse(0);
            long cents;
            try {
                cents = l.subtotal() == null ? -1 : l.subtotal().movePointRight(2).longValueExact();
            } catch (ArithmeticException e) {
                cents = -1;
            }
            lines.add(new IntakeRefund.Line(position, l.quantity() == null ? 0 : l.quantity(), cents));
        }
        return new IntakeRefund("shopify", orderName, r.id() == null ? null : String.valueOf(r.id()), lines);
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
