package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.LocalTime;

/**
 * Orders a shopper places from a selection.
 *
 * @param tryOnDays how many days after the reservation a piece to try on stays held (1: the next day)
 * @param tryOnUntil until what time of that day, in the store's time zone (its closing time)
 */
@ConfigurationProperties("lien.orders")
public record OrderSettings(@Bindable(defaultValue = "1") int tryOnDays, @Bindable(defaultValue = "19:00") LocalTime tryOnUntil) {

    public OrderSettings {
        InvalidSetting.require(tryOnDays >= 0 && tryOnDays <= 14, "lien.orders.try-on-days", "must be 0 to 14 days", tryOnDays);
        InvalidSetting.require(tryOnUntil != null, "lien.orders.try-on-until", "must be a time such as 19:00", tryOnUntil);
    }
}
