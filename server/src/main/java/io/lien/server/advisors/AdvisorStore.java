package io.lien.server.advisors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A store someone may work in besides their own (a manager of several shops). */
@MappedEntity(value = "advisor_store", escape = false)
public record AdvisorStore(@Id @GeneratedValue @Nullable Long id, String username, String storeId) {
}
