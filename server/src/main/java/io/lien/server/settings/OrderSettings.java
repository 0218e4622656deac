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
 * @param closedDays  the days stores are closed (a reservation's day moves to the next open one), e.g. {@code SUNDAY} or none
 */
@ConfigurationProperties("lien.orders")
public record OrderSettings(@Bindable(defaultValue = "1") int tryOnDays, @Bindable(defaultValue = "19:00") LocalTime tryOnUntil,
                            @Bindable(defaultValue = "7") int collectDays, @Bindable(defaultValue = "SUNDAY") String closedDays) {

    public OrderSettings {
        InvalidSetting.require(tryOnDays >= 0 && tryOnDays <= 14, "lien.orders.try-on-days", "must be 0 to 14 days", tryOnDays);
        InvalidSetting.require(collectDays >= 1 && collectDays <= 60, "lien.orders.collect-days", "must be 1 to 60 days", collectDays);
        InvalidSetting.require(closedDays != null && closedDays.strip().matches("(?i)(none|(MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
                + "(\\s*,\\s*(MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY))*)") && closed(closedDays).size() < 7,
                "lien.orders.closed-days", "must be days of the week such as SUNDAY or SATURDAY,SUNDAY (not all seven), or none", closedDays);
        InvalidSetting.require(tryOnUntil != null, "lien.orders.try-on-until", "must be a time such as 19:00", tryOnUntil);
    }

    /** The days stores are closed. */
    public java.util.Set<java.time.DayOfWeek> closed() {
        return closed(closedDays);
    }

    private static java.util.Set<java.time.DayOfWeek> closed(String days) {
        if (days == null || days.isBlank() || days.strip().equalsIgnoreCase("none")) {
            return java.util.Set.of();
        }
        java.util.Set<java.time.DayOfWeek> out = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
        for (String d : days.split(",")) {
            out.add(java.time.DayOfWeek.valueOf(d.strip().toUpperCase(java.util.Locale.ROOT)));
        }
        return out;
    }
}
