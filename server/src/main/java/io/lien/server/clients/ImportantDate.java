package io.lien.server.clients;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/**
 * A date that matters to a client. {@code person} is null for the client's own date, else how
 * they name the person ("her daughter Inès"); {@code personName} is what a gift order would say.
 */
@MappedEntity(value = "important_date", escape = false)
public record ImportantDate(@Id @GeneratedValue @Nullable Long id, String clientId, String kind, @Nullable String person,
                            @Nullable String personName, @MappedProperty("on_month") int month,
                            @MappedProperty("on_day") int day) {
}
