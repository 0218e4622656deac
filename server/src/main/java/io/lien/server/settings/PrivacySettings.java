package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Retention of presence signals (docs/privacy.md).
 *
 * @param anonymiseAfter        presence signals of shoppers without presence consent lose their install id this long after they arrive
 * @param sweepEvery            how often retention runs
 * @param identifiedSignalsKept presence signals of consenting clients are deleted after this long (visits built from them stay)
 */
@ConfigurationProperties("lien.privacy")
public record PrivacySettings(@Bindable(defaultValue = "1m") Duration anonymiseAfter,
                              @Bindable(defaultValue = "1m") Duration sweepEvery,
                              @Bindable(defaultValue = "30d") Duration identifiedSignalsKept) {

    public PrivacySettings {
        InvalidSetting.positive(anonymiseAfter, "lien.privacy.anonymise-after");
        // CNIL: an identifier of someone who did not consent is kept at most a few minutes
        InvalidSetting.require(anonymiseAfter.compareTo(Duration.ofMinutes(5)) <= 0, "lien.privacy.anonymise-after",
                "must be at most 5m (CNIL: anonymous counting keeps no identifier longer)", anonymiseAfter);
        InvalidSetting.positive(sweepEvery, "lien.privacy.sweep-every");
        InvalidSetting.positive(identifiedSignalsKept, "lien.privacy.identified-signals-kept");
    }
}
