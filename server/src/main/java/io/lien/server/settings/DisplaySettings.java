package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * What hangers and mirrors show, and how often.
 *
 * @param debounce            changes within this time make one display message per device (a burst of stock moves, one redraw)
 * @param maxMessagesPerSecond display messages a server sends per second, every store together; the rest wait their turn
 * @param requestShown        how long a mirror or a hanger says a request was heard (asked, someone coming)
 * @param mirrorReset         a mirror's page returns to its first screen and language after this long untouched
 */
@ConfigurationProperties("lien.displays")
public record DisplaySettings(@Bindable(defaultValue = "150ms") Duration debounce,
                              @Bindable(defaultValue = "2000") int maxMessagesPerSecond,
                              @Bindable(defaultValue = "15m") Duration requestShown,
                              @Bindable(defaultValue = "90s") Duration mirrorReset) {

    public DisplaySettings {
        InvalidSetting.positive(debounce, "lien.displays.debounce");
        InvalidSetting.require(maxMessagesPerSecond >= 10 && maxMessagesPerSecond <= 100_000, "lien.displays.max-messages-per-second",
                "must be 10 to 100000", maxMessagesPerSecond);
        InvalidSetting.positive(requestShown, "lien.displays.request-shown");
        InvalidSetting.require(mirrorReset.compareTo(Duration.ofSeconds(15)) >= 0, "lien.displays.mirror-reset",
                "must be at least 15s", mirrorReset);
    }
}
