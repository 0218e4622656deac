package io.lien.server.clients;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A client of the brand. {@code pronoun} (she/he/they) lets advisors' texts read naturally;
 * {@code interests} is what they love, in their own words, not a segment.
 */
@MappedEntity(value = "client", escape = false)
public record Client(@Id String id, String firstName, String lastName, String pronoun, @Nullable String email,
                     @Nullable String phone, String language, String preferredChannel, @Nullable String sizes,
                     @Nullable String interests, boolean presenceConsent, Approachability approachability,
                     @Nullable String advisorUsername, long createdAt) {
}
