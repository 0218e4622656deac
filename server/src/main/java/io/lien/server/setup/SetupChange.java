package io.lien.server.setup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One change made in the back office: who, when, what, and the thing before and after (JSON). */
@MappedEntity(value = "setup_change", escape = false)
public record SetupChange(@Id @GeneratedValue Long id, long ts, String actor, String actorRole, @Nullable String storeId,
                          String subject, String subjectId, String action, @Nullable String beforeState,
                          @Nullable String afterState) {
}
