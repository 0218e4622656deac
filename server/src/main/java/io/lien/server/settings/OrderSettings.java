package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.LocalTime;

/**
 * Orders a shopper places from a selection.
 *
 * @param tryOnDays how many days after the reservation a piece to try on stays held (1: the next day)
 * @param tryOnUntil until what time of that day, in the store's time zone (its closing time)
 * @param collectDays how many days a piece paid for (or to pay in store) waits in the store to be collected
 */
@ConfigurationProperties("lien.orders")
public record OrderSettings(@Bindable(defaultValue = "1") int tryOnDays, @Bindable(defaultValue = "19:00") LocalTime tryOnUntil,
                            @Bindable(defaultValue = "7") int collectDays) {

    public OrderSettings {
        InvalidSetting.require(tryOnDays >= 0 && tryOnDays <= 14, "lien.orders.try-on-days", "must be 0 to 14 days", tryOnDays);
        InvalidSetting.require(collectDays >= 1 && collectDays <= 60, "lien.orders.collect-days", "must be 1 to 60 days", collectDays);
        InvalidSetting.require(tryOnUntil != null, "lien.orders.try-on-until", "must be a time such as 19:00", tryOnUntil);
    }
}
