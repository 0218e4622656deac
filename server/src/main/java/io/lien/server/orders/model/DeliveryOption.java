package io.lien.server.orders.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a piece travels to the shopper, at the price the server sets (the page only names the
 * option). {@code days}: working days until it arrives, as the page promises it.
 */
public enum DeliveryOption {
    STANDARD("standard", 0, 3),
    EXPRESS("express", 1_200, 1);

    private final String code;
    private final long priceCents;
    private final int days;

    DeliveryOption(String code, long priceCents, int days) {
        this.code = code;
        this.priceCents = priceCents;
        this.days = days;
    }

    public String code() {
        return code;
    }

    public long priceCents() {
        return priceCents;
    }

    public int days() {
        return days;
    }

    public static Optional<DeliveryOption> of(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }
}
