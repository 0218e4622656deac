package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Stock and the units held aside.
 *
 * @param expireEvery how often holds past their deadline are released
 */
@ConfigurationProperties("lien.stock")
public record StockSettings(@Bindable(defaultValue = "30s") Duration expireEvery) {

    public StockSettings {
        InvalidSetting.positive(expireEvery, "lien.stock.expire-every");
    }
}
