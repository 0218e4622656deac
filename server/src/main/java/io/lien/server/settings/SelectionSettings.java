package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Selections an advisor sends.
 *
 * @param sendEvery how often selections held for the client's quiet hours are looked at and sent
 */
@ConfigurationProperties("lien.selections")
public record SelectionSettings(@Bindable(defaultValue = "30s") Duration sendEvery) {

    public SelectionSettings {
        InvalidSetting.positive(sendEvery, "lien.selections.send-every");
    }
}
