package io.lien.server.clients;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A shopper app install; {@code clientId} is set only when the shopper signed in on the app. */
@MappedEntity(value = "app_install", escape = false)
public record AppInstall(@Id String id, @Nullable String clientId) {
}
