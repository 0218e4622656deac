package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The back office (docs/back-office.md).
 *
 * @param invitationLasts how long a link to choose one's password (an invitation, a reset) stays valid
 * @param importMaxBytes  the largest catalogue file the server takes in one upload
 */
@ConfigurationProperties("lien.setup")
public record SetupSettings(@Bindable(defaultValue = "7d") Duration invitationLasts,
                            @Bindable(defaultValue = "67108864") long importMaxBytes) {

    public SetupSettings {
        InvalidSetting.positive(invitationLasts, "lien.setup.invitation-lasts");
        InvalidSetting.require(importMaxBytes >= 1024 && importMaxBytes <= 1L << 31, "lien.setup.import-max-bytes",
                "must be 1 KiB to 2 GiB", importMaxBytes);
    }
}
