package io.lien.server.intake.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The bodies sources post: Lien's own JSON (docs/order-intake.md), and the parts of Shopify's order webhook Lien reads. */
final class IntakeBodies {

    private IntakeBodies() {
    }

    @Serdeable
    record LienOrder(@Nullable String orderId, @Nullable String clientId, @Nullable String email, @Nullable String placedAt,
                     @Nullable String storeId, @Nullable List<LienLine> lines) {
    }

    @Serdeable
    record LienLine(@Nullable String productId, @Nullable String size, @Nullable Integer quantity, @Nullable Long amountCents,
                    @Nullable String title) {
    }

    @Serdeable
    record LienRefund(@Nullable String refundId, @Nullable List<LienRefundLine> lines) {
    }

    @Serdeable
    record LienRefundLine(@Nullable Integer line, @Nullable Integer quantity, @Nullable Long amountCents) {
    }

    /** Shopify's {@code orders/create} body: the fields Lien reads (the rest is ignored). */
    @Serdeable
    record ShopifyOrder(@Nullable Long id, @Nullable String name, @Nullable String email, @Nullable String created_at,
                        @Nullable String source_name, @Nullable ShopifyCustomer customer, @Nullable List<ShopifyLine> line_items) {
    }

    @Serdeable
    record ShopifyCustomer(@Nullable String email) {
    }

    @Serdeable
    record ShopifyLine(@Nullable Long id, @Nullable String sku, @Nullable Integer quantity, @Nullable String price, @Nullable String title,
                       @Nullable String variant_title) {
    }

    /** Shopify's {@code refunds/create} body: the refund, its order's id, and the line items it gives money back for. */
    @Serdeable
    record ShopifyRefund(@Nullable Long id, @Nullable Long order_id, @Nullable List<ShopifyRefundLine> refund_line_items) {
    }

    @Serdeable
    record ShopifyRefundLine(@Nullable Long line_item_id, @Nullable Integer quantity, @Nullable java.math.BigDecimal subtotal) {
    }
}
