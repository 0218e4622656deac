package io.lien.server.displays;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The hash of a fixture screen's pass; the pass itself was shown once, to whoever set the screen up. */
@MappedEntity(value = "fixture_pass", escape = false)
public record FixturePass(@Id String fixtureId, String storeId, String passHash, long issuedAt, String issuedBy) {
}
