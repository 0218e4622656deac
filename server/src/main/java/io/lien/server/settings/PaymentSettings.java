package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.Currency;

/**
 * Paying for what a shopper orders from a selection.
 *
 * @param provider the provider that takes card payments online ({@code test-cards} ships with Lien; docs/payments.md)
 * @param currency the ISO 4217 code prices are in
 * @param cartHold how long the pieces stay held while the shopper pays; released after, as if they had left
 */
@ConfigurationProperties("lien.payments")
public record PaymentSettings(@Bindable(defaultValue = "test-cards") String provider, @Bindable(defaultValue = "EUR") String currency,
                              @Bindable(defaultValue = "15m") Duration cartHold) {

    public PaymentSettings {
        InvalidSetting.require(provider != null && !provider.isBlank(), "lien.payments.provider", "must name a provider", provider);
        InvalidSetting.require(currency != null && isCurrency(currency), "lien.payments.currency", "must be an ISO 4217 code such as EUR",
                currency);
        InvalidSetting.positive(cartHold, "lien.payments.cart-hold");
    }

    private static boolean isCurrency(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
