package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.util.regex.Pattern;

/**
 * Orders posted by the brand's other channels (docs/order-intake.md).
 *
 * @param sources       who may post orders: {@code name:channel:secret,…} (channel store, web, app or phone; a secret of 16
 *                      characters or more); none: nobody
 * @param shopifySecret the Shopify app's secret that signs its webhooks; none: Shopify webhooks are refused
 */
@ConfigurationProperties("lien.order-intake")
public record OrderIntakeSettings(@Nullable String sources, @Nullable String shopifySecret) {

    private static final Pattern SOURCE = Pattern.compile("[a-z0-9-]{1,32}:(store|web|app|phone):[^,\\s]{16,}");

    public OrderIntakeSettings {
        if (sources != null && !sources.isBlank()) {
            for (String entry : sources.split(",")) {
                // the secret is never repeated in the message
                InvalidSetting.require(SOURCE.matcher(entry.strip()).matches(), "lien.order-intake.sources",
                        "must be name:channel:secret,… (a name of a-z 0-9 -, a channel of store, web, app, phone, a secret of 16 "
                                + "characters or more)", entry.strip().replaceFirst(":[^:]*$", ":…"));
            }
        }
    }
}
