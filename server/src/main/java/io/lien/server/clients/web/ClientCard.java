package io.lien.server.clients.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A client at a glance, with their whole history across channels, newest first. */
@Serdeable
public record ClientCard(String id, String firstName, String lastName, String language, String preferredChannel,
                         @Nullable String sizes, @Nullable String interests, String approachability,
                         boolean presenceConsent, List<TimelineEntry> timeline) {

    @Serdeable
    public record TimelineEntry(long ts, String channel, String kind, String summary, @Nullable String productId,
                                @Nullable String size, @Nullable Integer amountCents) {
    }

    @Serdeable
    public record Summary(String id, String firstName, String lastName, String approachability) {
    }
}
