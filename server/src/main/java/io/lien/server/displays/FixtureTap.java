package io.lien.server.displays;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A tap on a fixture's page, once per (fixture, key) whatever the retries; its id is the sequence of
 * the store event it becomes, so ingestion stores that event once too.
 */
@MappedEntity(value = "fixture_tap", escape = false)
public record FixtureTap(@Id @GeneratedValue @Nullable Long id, String fixtureId, String tapKey, long ts, String action) {
}
