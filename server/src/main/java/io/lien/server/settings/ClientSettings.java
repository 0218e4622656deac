package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * Clients' stories.
 *
 * @param timeZone the zone a client's dates are read in ("last Saturday", "in 9 days")
 */
@ConfigurationProperties("lien.clients")
public record ClientSettings(@Bindable(defaultValue = "Europe/Paris") String timeZone) {

    public ClientSettings {
        InvalidSetting.require(isZone(timeZone), "lien.clients.time-zone", "must be a time zone such as Europe/Paris", timeZone);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException | NullPointerException e) {
            return false;
        }
    }
}
