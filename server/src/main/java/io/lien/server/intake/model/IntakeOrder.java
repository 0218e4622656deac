package io.lien.server.intake.model;

import java.util.List;

/**
 * An order as a source sent it, checked: who (a client id, or an e-mail to find them by), when,
 * where (a store, for the till), and its lines at the price the source charged.
 *
 * @param channel store, web, app or phone
 */
public record IntakeOrder(String source, String orderId, String channel, String clientId, String email, long placedAt, String storeId,
                          List<Line> lines) {

    public static final int MAX_LINES = 100;

    public IntakeOrder {
        lines = List.copyOf(lines);
    }

    /** @param productId Lien's product, when the source knows it (a SKU that is one, for Shopify) */
    public record Line(String productId, String size, int quantity, long amountCents, String title) {
    }
}
