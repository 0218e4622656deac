package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The demo store.
 *
 * @param enabled write the demo store into an empty database on first start
 * @param storeId the demo store's id (its Lyon shop is {@code <storeId>-lyon})
 */
@ConfigurationProperties("lien.demo")
public record DemoSettings(@Bindable(defaultValue = "true") boolean enabled,
                           @Bindable(defaultValue = "demo") String storeId) {

    public DemoSettings {
        InvalidSetting.require(storeId != null && storeId.matches("[A-Za-z0-9_-]{1,27}"), "lien.demo.store-id",
                "must be 1–27 letters, digits, - or _ (a device-protocol id, with room for -lyon)", storeId);
    }
}
