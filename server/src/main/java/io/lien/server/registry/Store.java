package io.lien.server.registry;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A store of the chain; its time zone dates what advisors read, its language words what its
 * hangers and mirrors show (a shopper at a mirror may switch).
 */
@MappedEntity(value = "store", escape = false)
public record Store(@Id String id, String name, String city, String timeZone, String language) {
}
