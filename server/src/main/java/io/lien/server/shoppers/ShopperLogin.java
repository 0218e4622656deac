package io.lien.server.shoppers;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A shopper's sign-in: their e-mail (lower case) and a salted password hash. */
@MappedEntity(value = "shopper_login", escape = false)
public record ShopperLogin(@Id String email, String clientId, String passwordHash) {
}
